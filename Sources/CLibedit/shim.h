#ifndef RINGBACK_CLIBEDIT_SHIM_H
#define RINGBACK_CLIBEDIT_SHIM_H
#include <errno.h>
#include <histedit.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

/* The standard streams are C globals Swift 6 will not touch. */
static inline EditLine *rb_el_open(const char *program) { return el_init(program, stdin, stdout, stderr); }

/* el_set, el_get and history are variadic, which Swift cannot call: one small shim each. */

static inline int rb_el_set_prompt(EditLine *e, char *(*prompt)(EditLine *)) { return el_set(e, EL_PROMPT, prompt); }
static inline int rb_el_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int rb_el_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int rb_el_set_clientdata(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *rb_el_get_clientdata(EditLine *e) { void *data = NULL; el_get(e, EL_CLIENTDATA, &data); return data; }
static inline int rb_el_set_completion(EditLine *e, unsigned char (*complete)(EditLine *, int)) {
    el_set(e, EL_ADDFN, "rb-complete", "Complete a command or a contact name", complete);
    return el_set(e, EL_BIND, "^I", "rb-complete", NULL);
}

static inline History *rb_history_open(int size) {
    HistEvent event;
    History *h = history_init();
    if (h) { history(h, &event, H_SETSIZE, size); history(h, &event, H_SETUNIQUE, 1); }
    return h;
}
static inline void rb_history_enter(History *h, const char *line) { HistEvent event; history(h, &event, H_ENTER, line); }
static inline void rb_history_load(History *h, const char *path) { HistEvent event; history(h, &event, H_LOAD, path); }
static inline void rb_history_save(History *h, const char *path) { HistEvent event; history(h, &event, H_SAVE, path); }

/* Ctrl-C must end the current read at once, wherever the signal lands: the handler sets a
   flag and writes to a pipe, and libedit reads characters through rb_getc, which waits on
   the terminal and that pipe together. (A plain read() can miss a signal that arrives
   between two reads, leaving Ctrl-C ignored until Enter.) */
static volatile sig_atomic_t rb_interrupted = 0;
static int rb_wake[2] = {-1, -1};

static inline void rb_on_sigint(int signal) {
    (void)signal;
    rb_interrupted = 1;
    if (rb_wake[1] >= 0) { char byte = 1; ssize_t ignored = write(rb_wake[1], &byte, 1); (void)ignored; }
}

static inline void rb_catch_sigint(void) {
    if (rb_wake[0] < 0 && pipe(rb_wake) != 0) { rb_wake[0] = rb_wake[1] = -1; }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = rb_on_sigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
}

static inline int rb_take_interrupt(void) {
    int was = rb_interrupted;
    rb_interrupted = 0;
    if (was && rb_wake[0] >= 0) {
        char drain[64];
        struct pollfd pending = {rb_wake[0], POLLIN, 0};
        while (poll(&pending, 1, 0) > 0 && read(rb_wake[0], drain, sizeof drain) > 0) {}
    }
    return was;
}

/* libedit's character reader: one UTF-8 character from standard input, 0 at end of input,
   -1 when Ctrl-C was pressed. */
static inline int rb_getc(EditLine *editor, wchar_t *out) {
    (void)editor;
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    for (;;) {
        if (rb_interrupted) { *out = 0; return -1; }
        struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {rb_wake[0], POLLIN, 0}};
        int ready = poll(fds, rb_wake[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) { if (errno == EINTR) continue; *out = 0; return -1; }
        if (rb_wake[0] >= 0 && (fds[1].revents & POLLIN)) { *out = 0; return -1; }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        ssize_t got = read(STDIN_FILENO, bytes + count, 1);
        if (got == 0) { *out = 0; return 0; }
        if (got < 0) { if (errno == EINTR) continue; *out = 0; return -1; }
        count++;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t used = mbrtowc(out, bytes, count, &state);
        if (used == (size_t)-2 && count < sizeof bytes) continue;
        if (used == (size_t)-1 || used == (size_t)-2) *out = (unsigned char)bytes[0];
        return 1;
    }
}

static inline int rb_el_set_reader(EditLine *e) { return el_set(e, EL_GETCFN, rb_getc); }

/* Whether more typed input arrives within `ms` milliseconds: the rest of a paste is already
   waiting when its first line has been read, while a person pauses after Enter. */
static inline int rb_input_pending(int ms) {
    struct pollfd fd = {STDIN_FILENO, POLLIN, 0};
    return poll(&fd, 1, ms) > 0 && (fd.revents & POLLIN);
}

#endif

#ifndef RINGBACK_CLIBEDIT_SHIM_H
#define RINGBACK_CLIBEDIT_SHIM_H
#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <string.h>

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

/* Ctrl-C must interrupt the read (no SA_RESTART) without ending the program. */
static volatile sig_atomic_t rb_interrupted = 0;
static inline void rb_on_sigint(int signal) { (void)signal; rb_interrupted = 1; }
static inline void rb_catch_sigint(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = rb_on_sigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
}
static inline int rb_take_interrupt(void) { int was = rb_interrupted; rb_interrupted = 0; return was; }

#endif

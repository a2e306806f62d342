import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The pager long reports go through on a terminal, started in this process's own process
/// group so it may read the keyboard. (Foundation's `Process` gives its child a group of its
/// own, and `less` was stopped by the terminal the moment it read a key: the report hung on
/// a blank screen.) While it runs, Ctrl-C and a reader who quits early are the pager's.
enum Pager {
    /// Writes `text` through `/bin/sh -c command` and waits for it; false when it could not
    /// be started (the caller prints the text itself).
    static func run(_ command: String, text: String) -> Bool {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        var environment = ProcessInfo.processInfo.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, &envp)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        let interrupt = signal(SIGINT, SIG_IGN)
        let brokenPipe = signal(SIGPIPE, SIG_IGN)
        defer {
            signal(SIGINT, interrupt)
            signal(SIGPIPE, brokenPipe)
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                // The reader quit before the end.
                guard written > 0 else { break }
                offset += written
            }
        }
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return true
    }
}

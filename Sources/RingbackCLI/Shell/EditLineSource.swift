import CLibedit
import Foundation

/// libedit on a terminal: line editing, a persistent history file, Tab completion of
/// commands and contact names, UTF-8, and Ctrl-C that drops the line instead of quitting.
final class EditLineSource: LineSource {
    let interactive = true
    private let editor: OpaquePointer
    private let history: OpaquePointer?
    private let historyPath: String
    private var promptText: [CChar] = [0]
    private var completion = Completion(commands: [], names: [])

    init(historyPath: String) {
        // UTF-8 input needs a UTF-8 character type before el_init.
        if setlocale(LC_ALL, "") == nil || String(cString: setlocale(LC_CTYPE, nil)) == "C" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        rb_catch_sigint()
        editor = rb_el_open(CommandLine.arguments[0])
        history = rb_history_open(1000)
        self.historyPath = historyPath
        try? FileManager.default.createDirectory(
            atPath: (historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        if let history {
            rb_history_load(history, historyPath)
            rb_el_set_history(editor, history)
        }
        rb_el_set_editor(editor, "emacs")
        rb_el_set_reader(editor)
        rb_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        rb_el_set_prompt(editor) { editor in
            guard let editor, let data = rb_el_get_clientdata(editor) else { return nil }
            let source = Unmanaged<EditLineSource>.fromOpaque(data).takeUnretainedValue()
            return source.promptText.withUnsafeMutableBufferPointer { $0.baseAddress }
        }
        rb_el_set_completion(editor) { editor, _ in
            guard let editor, let data = rb_el_get_clientdata(editor) else { return UInt8(CC_ERROR) }
            return Unmanaged<EditLineSource>.fromOpaque(data).takeUnretainedValue().complete(editor)
        }
    }

    func read(prompt: String, remember: Bool) -> LineInput {
        promptText = Array(prompt.utf8CString)
        var count: Int32 = 0
        _ = rb_take_interrupt()
        guard let raw = el_gets(editor, &count) else {
            if rb_take_interrupt() != 0 || count < 0 {
                el_reset(editor)
                Console.print("")
                return .interrupt
            }
            Console.print("")
            return .end
        }
        var line = String(cString: raw).trimmingCharacters(in: .newlines)
        if rb_take_interrupt() != 0 { return .interrupt }
        // A paragraph pasted as an answer (an email: "Hi Alex," then its lines) is one answer,
        // not one per line. Commands pasted together still run one by one.
        if !remember {
            promptText = [0]
            while rb_input_pending(Self.pasteGap) != 0, let more = el_gets(editor, &count) {
                let next = String(cString: more).trimmingCharacters(in: .whitespacesAndNewlines)
                if !next.isEmpty { line += (line.isEmpty ? "" : " ") + next }
            }
            if rb_take_interrupt() != 0 { return .interrupt }
        }
        if remember, let history, !line.trimmingCharacters(in: .whitespaces).isEmpty { rb_history_enter(history, line) }
        return .line(line)
    }

    /// Milliseconds between lines under which they came in one paste.
    static let pasteGap: Int32 = 30

    func setCompletions(_ completion: Completion) { self.completion = completion }

    func close() {
        if let history {
            rb_history_save(history, historyPath)
            chmod(historyPath, 0o600)
            history_end(history)
        }
        el_end(editor)
    }

    /// Completes the word before the cursor: a unique match is inserted (quoted when it has
    /// spaces), several are listed.
    private func complete(_ editor: OpaquePointer) -> UInt8 {
        guard let info = el_line(editor)?.pointee else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let before = String(
            decoding: UnsafeBufferPointer(start: UnsafeRawPointer(info.buffer).assumingMemoryBound(to: UInt8.self), count: length),
            as: UTF8.self)
        let partial = Completion.currentWord(before)
        let matches = completion.candidates(for: before)
        guard !matches.isEmpty else { return UInt8(CC_ERROR) }
        if matches.count == 1 {
            el_deletestr(editor, Int32(partial.count))
            el_insertstr(editor, Completion.quoted(matches[0]) + " ")
            return UInt8(CC_REFRESH)
        }
        let common = Completion.commonPrefix(matches)
        if common.count > partial.count {
            el_deletestr(editor, Int32(partial.count))
            el_insertstr(editor, common)
            return UInt8(CC_REFRESH)
        }
        Console.print("\n" + matches.joined(separator: "   "))
        return UInt8(CC_REDISPLAY)
    }
}

import Foundation
import RingbackCore

/// A derived, disposable cache of every contact's next step, so `next` and `agenda` read a
/// small tab-separated file instead of decoding the whole store. Its header names the exact
/// store file version (inode, size, mtime) and the content it was built from; any mismatch
/// and it is ignored and rebuilt. The second line holds the settings, which reports need.
enum ScheduleIndex {
    static let magic = "ringback-index 3"

    static func write(_ schedule: Schedule, to path: String, storeIdentity: String, fingerprint: String) throws {
        let items = schedule.items
        var text = "\(magic)\t\(storeIdentity)\t\(escape(fingerprint))\n"
        text += String(decoding: try StoreCoding.encoder(pretty: false).encode(schedule.settings), as: UTF8.self) + "\n"
        text.reserveCapacity(items.count * 120)
        for item in items {
            let step = item.step
            let fields = [
                String(Int64(step.due.timeIntervalSince1970)), step.timed ? "1" : "0", step.kind.rawValue,
                step.channel?.rawValue ?? "-", String(step.attempt), escape(step.contact), escape(step.technique),
                escape(step.script), escape(item.name), escape(item.company ?? ""), escape(step.what ?? ""), escape(step.mention ?? ""),
                escape(step.theirTimeZone ?? ""),
            ]
            text += fields.joined(separator: "\t")
            text += "\n"
        }
        try AtomicFile.replace(path, with: Data(text.utf8), keepBackup: false)
    }

    /// The cached schedule, or nil when the file is missing, stale or damaged.
    static func read(_ path: String, storeIdentity: String, fingerprint: String) -> Schedule? {
        guard let data = try? PosixFile.readAll(path) else { return nil }
        return data.withUnsafeBytes { raw -> Schedule? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = Lines(bytes: bytes)
            guard let header = lines.next(),
                String(decoding: header, as: UTF8.self) == "\(magic)\t\(storeIdentity)\t\(escape(fingerprint))"
            else { return nil }
            guard let settingsLine = lines.next(),
                let settings = try? StoreCoding.decoder().decode(Settings.self, from: Data(settingsLine))
            else { return nil }
            var items: [AgendaItem] = []
            items.reserveCapacity(bytes.count / 100)
            var keys = KeyCache()
            while let line = lines.next() {
                guard let item = parse(line, &keys) else { return nil }
                items.append(item)
            }
            return Schedule(settings: settings, items: items)
        }
    }

    /// Non-empty lines of a buffer, without building an array of them.
    private struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
            while position < bytes.count {
                let start = position
                while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
                let line = bytes[start..<position]
                position += 1
                if !line.isEmpty { return line }
            }
            return nil
        }
    }

    /// Technique and script keys repeat on every row: one shared string each.
    private struct KeyCache {
        var strings: [String: String] = [:]

        mutating func intern(_ text: String) -> String {
            if let known = strings[text] { return known }
            strings[text] = text
            return text
        }
    }

    private static func parse(_ line: Slice<UnsafeBufferPointer<UInt8>>, _ keys: inout KeyCache) -> AgendaItem? {
        var fields: [Slice<UnsafeBufferPointer<UInt8>>] = []
        fields.reserveCapacity(13)
        var start = line.startIndex
        for index in line.indices where line[index] == UInt8(ascii: "\t") {
            fields.append(line[start..<index])
            start = index + 1
        }
        fields.append(line[start..<line.endIndex])
        guard fields.count == 13 else { return nil }
        func text(_ index: Int) -> String {
            let raw = String(decoding: fields[index], as: UTF8.self)
            return fields[index].contains(UInt8(ascii: "\\")) ? unescape(raw) : raw
        }
        guard let seconds = integer(fields[0]), let kind = StepKind(rawValue: text(2)), let attempt = integer(fields[4]) else {
            return nil
        }
        let channelText = text(3)
        let company = text(9)
        let what = text(10)
        let mention = text(11)
        let step = NextStep(
            contact: text(5), due: Date(timeIntervalSince1970: TimeInterval(seconds)), timed: fields[1].first == UInt8(ascii: "1"),
            channel: channelText == "-" ? nil : Channel(rawValue: channelText), kind: kind,
            technique: keys.intern(text(6)), script: keys.intern(text(7)), attempt: attempt, what: what.isEmpty ? nil : what)
        var item = AgendaItem(name: text(8), company: company.isEmpty ? nil : company, step: step)
        if !mention.isEmpty { item.step.mention = mention }
        let zone = text(12)
        if !zone.isEmpty { item.step.theirTimeZone = zone }
        return item
    }

    /// A decimal integer, optionally negative, straight from the bytes.
    private static func integer(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        var negative = false
        var sawDigit = false
        for (offset, byte) in bytes.enumerated() {
            if offset == 0 && byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value &* 10 &+ Int(byte &- UInt8(ascii: "0"))
            sawDigit = true
        }
        return sawDigit ? (negative ? -value : value) : nil
    }

    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" || $0 == "\r" }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var escaping = false
        for ch in text {
            if escaping {
                switch ch {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(ch)
                }
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}

import RingbackCore

/// The figures table: one row per contact with their real-call figures (conversations, with a
/// next time, tries before each reply, replies by channel), so `stats` adds rows instead of
/// reading every touch. `id  conversations  withNext  2,1  call:3,email:1`.
enum FigureRows {
    static func row(_ file: StoredContact) -> String {
        let figures = ActivityFigures(contactTouches: file.touches)
        return RowText.row([
            file.contact.id, String(figures.conversations), String(figures.conversationsWithNextTime),
            figures.attemptsBeforeReplies.map(String.init).joined(separator: ","),
            figures.repliesByChannel.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ","),
        ])
    }

    /// Rows added up, the known channels counted by position (no dictionary lookup per row),
    /// turned into figures at the end.
    struct Total {
        var figures = ActivityFigures()
        var byChannel = [Int](repeating: 0, count: channels.count)

        var result: ActivityFigures {
            var result = figures
            for (position, count) in byChannel.enumerated() where count > 0 {
                result.repliesByChannel[channels[position].name, default: 0] += count
            }
            return result
        }
    }

    /// Adds one row to `total`; false when the row does not read. Scans the bytes once and
    /// builds no strings for the channels it knows: `stats` adds a row per contact this way.
    static func add(_ line: RowText.Field, to total: inout Total) -> Bool {
        let bytes = line.base
        var field = 0
        var start = line.startIndex
        var index = line.startIndex
        while index <= line.endIndex {
            guard index == line.endIndex || bytes[index] == UInt8(ascii: "\t") else {
                index += 1
                continue
            }
            let value = line[start..<index]
            switch field {
            case 1:
                guard let count = RowText.integer(value) else { return false }
                total.figures.conversations += count
            case 2:
                guard let count = RowText.integer(value) else { return false }
                total.figures.conversationsWithNextTime += count
            case 3:
                for item in value.split(separator: UInt8(ascii: ",")) {
                    guard let attempts = RowText.integer(item) else { return false }
                    total.figures.attemptsBeforeReplies.append(attempts)
                }
            case 4:
                for item in value.split(separator: UInt8(ascii: ",")) {
                    guard let colon = item.firstIndex(of: UInt8(ascii: ":")), let count = RowText.integer(item[(colon + 1)...]) else {
                        return false
                    }
                    let name = item[..<colon]
                    if let position = channels.firstIndex(where: { name.elementsEqual($0.bytes) }) {
                        total.byChannel[position] += count
                    } else {
                        total.figures.repliesByChannel[String(decoding: name, as: UTF8.self), default: 0] += count
                    }
                }
            default: break
            }
            field += 1
            start = index + 1
            index += 1
        }
        return field == 5
    }

    /// Each channel's name, and its bytes.
    private static let channels = Channel.allCases.map { (name: $0.rawValue, bytes: Array($0.rawValue.utf8)) }
}

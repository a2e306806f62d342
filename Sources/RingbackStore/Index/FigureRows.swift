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

    /// Adds one row to `total`; false when the row does not read.
    static func add(_ line: RowText.Field, to total: inout ActivityFigures) -> Bool {
        guard let fields = RowText.fields(line, count: 5), let conversations = RowText.integer(fields[1]),
            let withNext = RowText.integer(fields[2])
        else { return false }
        total.conversations += conversations
        total.conversationsWithNextTime += withNext
        for item in fields[3].split(separator: UInt8(ascii: ",")) {
            guard let attempts = RowText.integer(item) else { return false }
            total.attemptsBeforeReplies.append(attempts)
        }
        for item in fields[4].split(separator: UInt8(ascii: ",")) {
            guard let colon = item.firstIndex(of: UInt8(ascii: ":")), let count = RowText.integer(item[(colon + 1)...]) else {
                return false
            }
            total.repliesByChannel[String(decoding: item[..<colon], as: UTF8.self), default: 0] += count
        }
        return true
    }
}

import RingbackCore

/// Steps in brief from text spelled like the schedule table's rows, a line a step: the first
/// four fields only (`contact TAB seconds TAB timed TAB kind`, escaped as `RowText` does). The
/// team database sends its schedule this way: one value instead of a row a step, which the
/// client library decoded one cell at a time (250 ms at 118k steps).
public enum BriefRows {
    /// The steps, or nil when a line does not read.
    public static func steps(_ text: String) -> [BriefStep]? {
        var text = text
        return text.withUTF8 { bytes -> [BriefStep]? in
            var lines = Lines(bytes: bytes)
            var steps: [BriefStep] = []
            while let line = lines.next() {
                guard let step = ScheduleRows.brief(line) else { return nil }
                steps.append(step)
            }
            return steps
        }
    }
}

import Foundation
import RingbackCore
import RingbackTestSupport

/// Touches the core tests share (dates: `Paris` in RingbackTestSupport).
enum Fixtures {
    static func touch(_ at: String, _ outcome: Outcome, _ channel: Channel = .call) -> Touch {
        Touch(id: at, contact: "dana", at: Paris.date(at), channel: channel, outcome: outcome)
    }
}

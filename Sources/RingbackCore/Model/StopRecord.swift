import Foundation

/// When and why a contact asked not to be contacted again.
public struct StopRecord: Codable, Equatable, Sendable {
    public var date: Date
    public var reason: String?

    public init(date: Date, reason: String?) {
        self.date = date
        self.reason = reason
    }
}

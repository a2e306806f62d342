/// A mistake in what the user asked for: one line on stderr, exit status 1.
public struct UserError: Error, CustomStringConvertible {
    public let description: String

    public init(_ message: String) { description = message }
}

/// Ringback's version, shown by `ringback --version` and in the man page.
enum RingbackVersion {
    static let current = "0.5.0"
}

/// FNV-1a of a text in hex: the same on every run and machine, for ids made from what other
/// programs wrote (a message without a Message-ID, a synced message's or meeting's touch).
public enum StableHash {
    public static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}

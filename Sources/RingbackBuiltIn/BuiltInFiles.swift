/// The default content (`content/*.yaml`), demo pipeline (`data/demo.json`) and the two models
/// (`data/answer-model.tsv`, `data/reply-model.tsv`), built into
/// the binary at build time, keyed by their path in the source tree ("content/rules.yaml").
public enum BuiltInFiles {
    /// The built-in text of one file, by its path in the source tree.
    public static func text(_ path: String) -> String? { files[path] }

    /// The paths of every built-in file in a folder ("content"), sorted.
    public static func paths(in folder: String) -> [String] {
        files.keys.filter { $0.hasPrefix(folder + "/") }.sorted()
    }
}

import Foundation
import PackagePlugin

/// Builds the default content into the binary: generates `BuiltInFiles+Generated.swift` for the
/// `RingbackBuiltIn` target from `content/*.yaml`, `data/demo.json` and the two models (`data/*-model.tsv`), so a copied or
/// installed `ringback` needs no folder beside it.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let contentFolder = root.appending(path: "content")
        let yaml = try FileManager.default.contentsOfDirectory(atPath: contentFolder.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { contentFolder.appending(path: $0) }
        let inputs =
            yaml + ["data/demo.json", "data/answer-model.tsv", "data/reply-model.tsv"].map { root.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInFiles+Generated.swift")
        return [
            .buildCommand(
                displayName: "Embedding content/, data/demo.json and the models",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}

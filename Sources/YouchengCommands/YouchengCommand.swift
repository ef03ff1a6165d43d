import ArgumentParser
import Foundation
import YouchengStore

/// `youcheng`: the root command; each subcommand is a type of its own.
public struct YouchengCommand: AsyncParsableCommand {
    /// The command's name, summary and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "youcheng",
        abstract: "友城 Youcheng — 国际友城工作平台 / a platform for a city's international sister-city work.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, ImportCommand.self, ExportCommand.self, SummaryCommand.self,
            UnitCommand.self, UserCommand.self, TokenCommand.self, AuditCommand.self, DormantCommand.self,
            ActivityCommand.self, ComplianceCommand.self, SettingsCommand.self, DomainCommand.self,
            AnniversariesCommand.self, PeersCommand.self, ReportCommand.self, BackupCommand.self, RestoreCommand.self,
            CopyCommand.self, CheckCommand.self,
            PlanCommand.self,
            ProjectsCommand.self,
            PipelineCommand.self,
            IndicatorsCommand.self, ScorecardCommand.self,
            SuggestCommand.self,
        ],
        defaultSubcommand: nil)

    /// Creates the command (ArgumentParser fills it in).
    public init() {}

    /// Settings of the process that must come before any thread but the main one allocates: `serve` keeps one
    /// allocator heap per processor (see `FreedMemory.limitHeaps`); glibc fixes the number of heaps when the second
    /// thread first allocates, before a command runs. One heap in all held the same memory idle but made the threads
    /// queue for it: the API list served about a fifth fewer requests under fifty users, with a longer tail. Blocks
    /// of 256 KB and more are mapped on their own (`FreedMemory.mapLargeBlocks`), so freeing them gives them back.
    public static func prepareProcess(arguments: [String] = CommandLine.arguments) {
        if arguments.dropFirst().first == ServeCommand.configuration.commandName {
            FreedMemory.limitHeaps(to: max(2, ProcessInfo.processInfo.activeProcessorCount))
            FreedMemory.mapLargeBlocks(from: 256 * 1024)
        }
    }

    /// Runs the command the command line names, as ArgumentParser's async `main` does (which top-level code cannot
    /// name: `main()` there means the synchronous one, which would print a command's help instead of running it).
    public static func runCommandLine() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

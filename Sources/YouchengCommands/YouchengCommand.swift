import ArgumentParser

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
        ],
        defaultSubcommand: nil)

    /// Creates the command (ArgumentParser fills it in).
    public init() {}
}

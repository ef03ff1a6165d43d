import YouchengCommands

/// The `youcheng` executable: ArgumentParser's async entry point on the root command, nothing else.
@main
extension YouchengCommand {}

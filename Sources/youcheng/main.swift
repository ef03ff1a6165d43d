import YouchengCommands

// The `youcheng` executable: the root command on the command line, after the process settings that must come before
// any other thread starts (see `YouchengCommand.prepareProcess`).
YouchengCommand.prepareProcess()
await YouchengCommand.runCommandLine()

using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("analyzer-new-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_EveryAnswerDontKnow_WritesTheMinimalProposal()
    {
        var keys = new Keystrokes().Type("draft-oversight-body").Type("Early sketch: an international AI oversight body").Skip(46);

        var (code, stdout, stderr) = Run(keys, "new");

        Assert.Equal("", stderr);
        Assert.Equal(ExitCodes.Success, code);
        Golden.AssertMatches(stdout, "new-minimal.yaml");
    }

    private static (int Code, string Stdout, string Stderr) Run(Keystrokes keys, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, keys.Console);
        Assert.False(keys.Console.Input.IsKeyAvailable(), "the walk ended before the scripted answers did");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "new-transcript.txt"), keys.Console.Output);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

/// <summary>What a new user meets at the command line (issue 9), run in-process through <see cref="CliApp.Run"/>.</summary>
public sealed class UsageTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("analyzer-usage-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_NoArguments_PrintsHelpOnStderrAndExits2()
    {
        var (code, stdout, stderr) = Run();

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Contains("Usage:", stderr, StringComparison.Ordinal);
        Assert.Contains("assess <paths>", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CommandGroupAlone_PrintsItsHelpAndExits2()
    {
        var (code, _, stderr) = Run("rules");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("check", stderr, StringComparison.Ordinal);
        Assert.Contains("test", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("error:", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assess", "--rules <DIR>", "--out <FILE>", "--summary <FILE>", "--lang <en|zh>", "--jobs <N>",
        "--fail-under-legitimacy <N>", "--fail-under-feasibility <N>")]
    [InlineData("rules check", "--rules <DIR>", "--proposals <DIR>")]
    [InlineData("rules test", "--rules <DIR>", "--proposals <DIR>")]
    public void Run_Help_ShowsWhatEachOptionTakes(string command, params string[] expected)
    {
        var (code, stdout, _) = Run([.. command.Split(' '), "--help"]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.All(expected, e => Assert.Contains(e, stdout, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--jobs", "x", "error: --jobs expects a whole number of at least 1; found 'x'.")]
    [InlineData("--jobs", "0", "error: --jobs expects a whole number of at least 1; found '0'.")]
    [InlineData("--jobs", "1.5", "error: --jobs expects a whole number of at least 1; found '1.5'.")]
    [InlineData("--fail-under-legitimacy", "abc", "error: --fail-under-legitimacy expects a score from 0 to 100; found 'abc'.")]
    [InlineData("--fail-under-legitimacy", "NaN", "error: --fail-under-legitimacy expects a score from 0 to 100; found 'NaN'.")]
    [InlineData("--fail-under-feasibility", "150", "error: --fail-under-feasibility expects a score from 0 to 100; found '150'.")]
    [InlineData("--fail-under-feasibility", "-5", "error: --fail-under-feasibility expects a score from 0 to 100; found '-5'.")]
    public void Run_BadNumber_SaysWhatWasExpected(string option, string value, string expected)
    {
        var (code, _, stderr) = Assess(option, value);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal([expected, "Run 'analyzer assess --help' for usage."], Lines(stderr));
    }

    [Theory]
    [InlineData("--fail-under-legitimacy", "0")]
    [InlineData("--fail-under-legitimacy", "100")]
    [InlineData("--fail-under-feasibility", "12.5")]
    [InlineData("--jobs", "1")]
    public void Run_GoodNumber_IsAccepted(string option, string value)
    {
        var (code, _, stderr) = Assess(option, value);

        Assert.True(code is ExitCodes.Success or ExitCodes.ThresholdCrossed, stderr);
    }

    [Theory]
    [InlineData("--job", "4", "error: unknown option '--job'; did you mean '--jobs'?")]
    [InlineData("--outt", "x.csv", "error: unknown option '--outt'; did you mean '--out'?")]
    [InlineData("--outt=x.csv", null, "error: unknown option '--outt'; did you mean '--out'?")]
    [InlineData("--sumary", "x.csv", "error: unknown option '--sumary'; did you mean '--summary'?")]
    [InlineData("--frobnicate", null, "error: unknown option '--frobnicate'.")]
    [InlineData("-j", "2", "error: unknown option '-j'.")]
    public void Run_UnknownOption_NamedWithTheClosestNotReadAsMissingFiles(string option, string? value, string expected)
    {
        var (code, stdout, stderr) = Assess([option, .. value is null ? Array.Empty<string>() : [value]]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Equal([expected, "Run 'analyzer assess --help' for usage."], Lines(stderr));
        Assert.False(File.Exists("x.csv"));
    }

    [Fact]
    public void Run_UnknownOptionOfACommandWithoutPaths_NamedWithTheClosest()
    {
        var (code, _, stderr) = Run("rules", "check", "--rule", _out);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(["error: unknown option '--rule'; did you mean '--rules'?", "Run 'analyzer rules check --help' for usage."], Lines(stderr));
    }

    [Fact]
    public void Run_OptionShapedPathAfterDoubleDash_IsAPathNotAnOption()
    {
        var (code, _, stderr) = Assess("--", "--job");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--job: error: no such file or folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PathThatDoesNotExist_CountedAsSkipped()
    {
        var missing = Path.Combine(_out, "no-such.yaml");

        var (code, stdout, stderr) = Assess(missing);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout); // --quiet: no table
        Assert.Contains($"{missing}: error: no such file or folder", stderr, StringComparison.Ordinal);
        Assert.EndsWith("assessed 1 proposal(s) against 73 criteria (rule pack 1.0.0); 1 file(s) skipped.", Lines(stderr)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FolderNamedLikeAnOption_IsReadAsAPath()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_out, "--batch")).FullName;
        File.Copy(Path.Combine(Repo.Proposals, "gdpr.yaml"), Path.Combine(folder, "gdpr.yaml"));

        var (code, stdout, stderr) = AnalyzerProcess.RunIn(_out, null, "assess", "--batch", "--rules", Repo.Rules);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("gdpr", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", stderr, StringComparison.Ordinal);
    }

    /// <summary><c>assess gdpr.yaml</c> with the repository's pack, plus <paramref name="extra"/>.</summary>
    private static (int Code, string Stdout, string Stderr) Assess(params string[] extra) =>
        Run(["assess", Path.Combine(Repo.Proposals, "gdpr.yaml"), "--rules", Repo.Rules, "--quiet", .. extra]);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

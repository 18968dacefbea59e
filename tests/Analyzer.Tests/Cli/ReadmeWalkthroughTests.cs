using System.Text.RegularExpressions;

namespace Analyzer.Tests.Cli;

/// <summary>
/// The README's walkthrough is real output: each command shown is run, and every line the README shows under it
/// must be a line the command prints (the README may show a part, never a line the tool does not print).
/// </summary>
public sealed partial class ReadmeWalkthroughTests
{
    public static TheoryData<string, string[]> Steps()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("## An analyst's loop", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        var data = new TheoryData<string, string[]>();
        foreach (Match step in Step().Matches(section))
        {
            data.Add(step.Groups["command"].Value, step.Groups["output"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        return data;
    }

    [Fact]
    public void Readme_Walkthrough_ShowsEveryStep()
    {
        Assert.Equal(4, Steps().Count); // validate, assess, the Markdown report, diff
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Readme_WalkthroughCommand_PrintsEveryLineShown(string command, string[] shown)
    {
        string[] args = [.. command.Split(' ').Skip(1).Select(a => File.Exists(InProcess.Path(a)) ? InProcess.Path(a) : a)];

        var (_, stdout, stderr) = InProcess.Run(args);

        var printed = (stdout + stderr).Split('\n').Select(l => l.TrimEnd()).ToHashSet(StringComparer.Ordinal);
        Assert.All(shown, line => Assert.Contains(line.TrimEnd(), printed));
    }

    [GeneratedRegex("```sh\\n(?<command>analyzer [^\\n]+)\\n```\\n\\n```text\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Step();
}

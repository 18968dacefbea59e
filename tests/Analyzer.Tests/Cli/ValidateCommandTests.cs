namespace Analyzer.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Run_ShippedExamples_AllValidExitZeroAndTheDeliberateWarnings()
    {
        var (code, stdout, stderr) = InProcess.Run("validate", InProcess.Path("proposals"));

        Assert.Equal(0, code);
        Assert.Equal("136 valid, 0 invalid, 0 not found; 2 warning(s).\n", stdout);
        var warning = Assert.Single(stderr.Split('\n'), l => l.StartsWith("proposals/walkthrough/ai-incident-board-draft-1.yaml:", StringComparison.Ordinal));
        Assert.Contains(": warning: 'direction' is 'of-ai'", warning);
    }

    [Fact]
    public void Run_HostileFiles_SameLocatedMessagesAsAssessExitTwo()
    {
        var hostile = Repo.TestData("hostile");

        var (code, stdout, stderr) = InProcess.Run("validate", hostile, InProcess.Path("proposals/gdpr.yaml"), "no-such-draft.yaml");
        var assess = InProcess.Run("assess", hostile, InProcess.Path("proposals/gdpr.yaml"), "no-such-draft.yaml", "--quiet");

        Assert.Equal(2, code);
        Assert.Equal("2 valid, 17 invalid, 1 not found; 0 warning(s).\n", stdout);
        static string[] Messages(string text) => [.. text.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal))];
        Assert.Equal(Messages(assess.Stderr), Messages(stderr));
        Assert.Equal(19, Messages(stderr).Length);
    }

    [Fact]
    public void Run_WalkthroughAndHostileFiles_GoldenMessages()
    {
        var (code, stdout, stderr) = InProcess.Run("validate", InProcess.Path("proposals/walkthrough"), Repo.TestData("hostile"));

        Assert.Equal(2, code);
        var hostile = Path.GetRelativePath(Repo.Root, Repo.TestData("hostile")); // the build folder differs between Debug and Release
        Golden.AssertMatches(stderr.Replace(hostile, "hostile", StringComparison.Ordinal) + stdout, "cli/validate.txt");
    }

    [Fact]
    public void Run_SameIdInTwoFiles_SecondIsInvalid()
    {
        var folder = Directory.CreateTempSubdirectory("validate-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.yaml"), "id: board\ntitle: First draft\n");
            File.WriteAllText(Path.Combine(folder.FullName, "b.yaml"), "title: Second draft\nid: board\n");

            var (code, stdout, stderr) = InProcess.Run("validate", folder.FullName);

            Assert.Equal(2, code);
            Assert.Equal("1 valid, 1 invalid, 0 not found; 0 warning(s).\n", stdout);
            Assert.Contains("b.yaml:2:5: error: proposal id 'board' is already used by", stderr);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

using System.Text;
using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

public sealed class AssessCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("analyzer-cli-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_ShippedExamples_WritesGoldenDetailAndSummary()
    {
        var (code, _, stderr) = Run("assess", "proposals/", "--out", Out("detail.csv"), "--summary", Out("summary.csv"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("error:", stderr, StringComparison.Ordinal);
        Golden.AssertMatches(File.ReadAllText(Out("detail.csv")), "examples-detail.csv");
        Golden.AssertMatches(File.ReadAllText(Out("summary.csv")), "examples-summary.csv");
    }

    [Fact]
    public void Run_Chinese_WritesChineseFindingsWithBom()
    {
        var (code, _, _) = Run("assess", "proposals/gdpr.yaml", "--out", Out("zh.csv"), "--lang", "zh");

        var bytes = File.ReadAllBytes(Out("zh.csv"));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("满足：", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ChineseNotMetWithDetail_FullWidthPunctuationAroundTheIds()
    {
        Run("assess", "proposals/agency-revocable-b.yaml", "--out", Out("zh.csv"), "--lang", "zh");

        var row = File.ReadLines(Out("zh.csv")).Single(l => l.Contains(",EF-08,", StringComparison.Ordinal));
        Assert.Contains("未满足：所在链条上的授权实体保有撤销权【ai-agency】。", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Citations_NameAuthorsYearTitleVenueDoiAndNoInternalReference()
    {
        Run("assess", "proposals/", "--out", Out("d.csv"));

        var rows = File.ReadLines(Out("d.csv")).ToList();
        var ef08 = File.ReadLines(Out("d.csv")).First(l => l.Contains(",EF-08,", StringComparison.Ordinal));
        Assert.Contains("Eva Erman, Markus Furendal (2024). Artificial Intelligence and the Political Legitimacy of Global Governance. "
            + "Political Studies 72(2): 421-441. doi:10.1177/00323217221126665. The legitimacy chain: authorized entities can revoke the mandate", ef08, StringComparison.Ordinal);
        // Provenance (digest paragraphs, our own design notes) stays in the pack's metadata, out of every report cell.
        Assert.DoesNotContain(rows, r => r.Contains("DIG-", StringComparison.Ordinal) || r.Contains('¶') || r.Contains('§')
            || r.Contains("criteria.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OneJobAndFourJobs_WriteIdenticalBytes()
    {
        Run("assess", "proposals/", "--jobs", "1", "--out", Out("a.csv"), "--summary", Out("a-s.csv"));
        Run("assess", "proposals/", "--jobs", "4", "--out", Out("b.csv"), "--summary", Out("b-s.csv"));

        Assert.Equal(File.ReadAllBytes(Out("a.csv")), File.ReadAllBytes(Out("b.csv")));
        Assert.Equal(File.ReadAllBytes(Out("a-s.csv")), File.ReadAllBytes(Out("b-s.csv")));
    }

    [Fact]
    public void Run_FromAnEmptyFolder_FindsThePackShippedBesideTheExecutable()
    {
        File.Copy(Path.Combine(Repo.Proposals, "gdpr.yaml"), Out("gdpr.yaml"));

        var (code, stdout, stderr) = AnalyzerProcess.RunIn(_out, null, "assess", "gdpr.yaml");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("gdpr ", stdout, StringComparison.Ordinal);
        Assert.Contains("against 73 criteria", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PackNamedByEnvironment_IsUsedBeforeTheShippedOne()
    {
        var (code, _, stderr) = AnalyzerProcess.RunIn(_out, new Dictionary<string, string> { ["ANALYZER_RULES"] = Out("no-pack") },
            "assess", Path.Combine(Repo.Proposals, "gdpr.yaml"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"{Out("no-pack")}: error: no such rules folder.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoOutputFiles_PrintsSummaryTable()
    {
        var (code, stdout, stderr) = Run("assess", "proposals/gdpr.yaml");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("proposal", stdout, StringComparison.Ordinal);
        Assert.Contains("gdpr", stdout, StringComparison.Ordinal);
        Assert.Contains("mode-1", stdout, StringComparison.Ordinal);
        Assert.Contains("assessed 1 proposal(s)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadFileInBatch_ReportsItScoresTheRestAndExits2()
    {
        var (code, stdout, stderr) = Run("assess", "proposals/gdpr.yaml", Repo.TestData("proposals", "unknown-key.yaml"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("unknown-key.yaml:11:5: error: unknown field 'mandatedby'", stderr, StringComparison.Ordinal);
        Assert.Contains("gdpr", stdout, StringComparison.Ordinal);
        Assert.Contains("1 file(s) skipped", stderr, StringComparison.Ordinal);
    }

    // Every bad-input class of the proposal format, in a batch with a good file: located error, the rest scored, exit 2.
    [Theory]
    [InlineData("unknown-key.yaml", ":11:5: error: unknown field 'mandatedby' in entity 'ai-office'; did you mean 'mandatedBy'?")]
    [InlineData("unknown-enum.yaml", ":6:12: error: 'binding' must be one of binding, non-binding, voluntary; found 'mandatory'.")]
    [InlineData("wrong-type.yaml", ":5:15: error: 'aiSpecific' must be true or false; found 'maybe'.")]
    [InlineData("wrong-type.json", ":5:19: error: 'aiSpecific' must be true or false; found 'maybe'.")]
    [InlineData("duplicate-ids.yaml", ":6:9: error: duplicate entity id 'citizens'")]
    [InlineData("dangling-reference.yaml", ":7:18: error: 'mandatedBy' names entity 'parliament', which is not in 'entities'.")]
    [InlineData("cyclic-mandate.yaml", ": error: mandate chain is cyclic: agency-a -> agency-b -> agency-a")]
    [InlineData("issuer-missing.yaml", ":3:9: error: 'issuer' names entity 'ministry', which is not in 'entities'")]
    [InlineData("empty.yaml", ": error: the file is empty")]
    [InlineData("not-yaml.yaml", ":3:1: error: not valid YAML")]
    [InlineData("missing-title.yaml", ":1:1: error: 'title' is required.")]
    public void Run_BadProposalInBatch_LocatedErrorOthersScoredExit2(string file, string expected)
    {
        var (code, stdout, stderr) = Run("assess", "proposals/gdpr.yaml", Repo.TestData("proposals", file), "--summary", Out("s.csv"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(file + expected.Split(" error:")[0], stderr.Replace(Repo.TestData("proposals") + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Contains("\ngdpr,", File.ReadAllText(Out("s.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DirectionContradictsDecisions_WarnsJudgesFromDecisionsExitCodeUnchanged()
    {
        var (code, _, stderr) = Run("assess", Repo.TestData("proposals", "direction-hides-ai.yaml"), "--out", Out("d.csv"));

        Assert.Equal(0, code);
        Assert.Contains("direction-hides-ai.yaml:3:12: warning: 'direction' is 'of-ai'", stderr, StringComparison.Ordinal);
        var ef13 = File.ReadLines(Out("d.csv")).Single(l => l.Contains(",EF-13,", StringComparison.Ordinal));
        Assert.Contains(",not-met,", ef13, StringComparison.Ordinal);
        Assert.Contains("[draft-law]", ef13, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HostileFilesInBatch_EachALocatedErrorTheRestScoredExit2()
    {
        var (code, stdout, stderr) = Run("assess", Repo.TestData("hostile"), "proposals/gdpr.yaml", "--summary", Out("s.csv"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
        Assert.Equal(18, stderr.Split('\n').Count(l => l.Contains(": error: ", StringComparison.Ordinal)));
        Assert.DoesNotContain('\u001b', stderr);
        Assert.Contains("assessed 2 proposal(s)", stderr, StringComparison.Ordinal); // gdpr and the valid bidi-and-formulas
        Assert.Contains("gdpr,", File.ReadAllText(Out("s.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OutNamesAnInputProposal_RefusedAndTheProposalUntouched()
    {
        File.Copy(Path.Combine(Repo.Proposals, "gdpr.yaml"), Out("gdpr.yaml"));
        var before = File.ReadAllBytes(Out("gdpr.yaml"));

        var (code, _, stderr) = Run("assess", Out("gdpr.yaml"), "--out", Out("gdpr.yaml"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--out names a proposal this run reads", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Out("gdpr.yaml")));
    }

    [Fact]
    public void Run_OutAndSummaryNameOneFile_RefusedNothingWritten()
    {
        var (code, _, stderr) = Run("assess", "proposals/gdpr.yaml", "--out", Out("r.csv"), "--summary", Out("r.csv"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--summary names the same file as --out", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Out("r.csv")));
    }

    [Fact]
    public void Run_OutIsASymbolicLink_RefusedAndTheLinkAndItsTargetKept()
    {
        File.WriteAllText(Out("target.txt"), "keep me");
        File.CreateSymbolicLink(Out("link.csv"), Out("target.txt"));

        var (code, _, stderr) = Run("assess", "proposals/gdpr.yaml", "--out", Out("link.csv"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("names a symbolic link", stderr, StringComparison.Ordinal);
        Assert.NotNull(new FileInfo(Out("link.csv")).LinkTarget);
        Assert.Equal("keep me", File.ReadAllText(Out("target.txt")));
    }

    [Fact]
    public void Run_OutIsAPipe_RefusedAndThePipeKept()
    {
        Shell("mkfifo", Out("report.csv"));

        var (code, _, stderr) = Run("assess", "proposals/gdpr.yaml", "--out", Out("report.csv"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--out names a named pipe (FIFO), not a regular file", stderr, StringComparison.Ordinal);
        Assert.Equal(0, Shell("test", "-p", Out("report.csv")));
    }

    [Fact]
    public void Run_OutIsAnExistingEmptyFile_ReportWrittenIntoIt()
    {
        File.WriteAllBytes(Out("report.csv"), []);

        var (code, _, stderr) = Run("assess", "proposals/gdpr.yaml", "--out", Out("report.csv"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("error:", stderr, StringComparison.Ordinal);
        Assert.StartsWith("proposal_id,", File.ReadAllText(Out("report.csv")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    public void Run_OutIsAFolderOrEmpty_LocatedErrorNoStackTrace(string target)
    {
        var (code, _, stderr) = Run("assess", "proposals/gdpr.yaml", "--out", target);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("error: --out needs the name of a file to write", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FolderWithPipeLinkLoopsAndDeviceLinks_NoHangEachOneErrorTheRestScoredOnce()
    {
        var tree = Directory.CreateDirectory(Out("tree")).FullName;
        Directory.CreateDirectory(Path.Combine(tree, "sub"));
        File.Copy(Path.Combine(Repo.Proposals, "gdpr.yaml"), Path.Combine(tree, "gdpr.yaml"));
        Shell("mkfifo", Path.Combine(tree, "pipe.yaml"));
        File.CreateSymbolicLink(Path.Combine(tree, "l1"), ".");
        File.CreateSymbolicLink(Path.Combine(tree, "l2"), ".");
        File.CreateSymbolicLink(Path.Combine(tree, "sub", "up"), "..");
        File.CreateSymbolicLink(Out("zero.yaml"), "/dev/zero");
        using (var big = File.Create(Out("big")))
        {
            big.SetLength(100L * 1024 * 1024); // sparse: no disk used
        }
        File.CreateSymbolicLink(Out("big.yaml"), Out("big"));

        var (code, _, stderr) = Run("assess", tree, Out("zero.yaml"), Out("big.yaml"), "--summary", Out("s.csv"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("pipe.yaml: error: the file is empty, or is not a regular file", stderr, StringComparison.Ordinal);
        Assert.Contains("zero.yaml: error: reading stopped past the limit", stderr, StringComparison.Ordinal);
        Assert.Contains("big.yaml: error: reading stopped past the limit", stderr, StringComparison.Ordinal);
        Assert.Contains("assessed 1 proposal(s)", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("already used", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ProposalNamedLikeAnOption_IsReadAsAPathNotHelp()
    {
        File.Copy(Path.Combine(Repo.Proposals, "gdpr.yaml"), Out("-h.yaml"));

        var (code, stdout, _) = AnalyzerProcess.RunIn(_out, null, "assess", "-h.yaml");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("proposal ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FileOverSizeLimit_ReportedAndSkipped()
    {
        File.WriteAllText(Out("huge.yaml"), "id: huge\ntitle: Huge\nsummary: " + new string('x', 1024 * 1024) + "\n");

        var (code, _, stderr) = Run("assess", Out("huge.yaml"), "proposals/gdpr.yaml");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("huge.yaml: error: the file is ", stderr, StringComparison.Ordinal);
        Assert.Contains(" bytes, over the limit of 1048576 bytes for one proposal.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnreadableFileInFolder_ReportedAndSkipped()
    {
        var folder = Directory.CreateDirectory(Out("batch")).FullName;
        File.Copy(Path.Combine(Repo.Proposals, "gdpr.yaml"), Path.Combine(folder, "gdpr.yaml"));
        File.CreateSymbolicLink(Path.Combine(folder, "gone.yaml"), Path.Combine(folder, "no-such-target.yaml"));

        var (code, stdout, stderr) = Run("assess", folder);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("gone.yaml: error: cannot read the file:", stderr, StringComparison.Ordinal);
        Assert.Contains("gdpr", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameIdInTwoFiles_SkipsTheSecond()
    {
        File.Copy(Path.Combine(Repo.Proposals, "gdpr.yaml"), Out("gdpr-copy.yaml"));

        var (code, _, stderr) = Run("assess", "proposals/gdpr.yaml", Out("gdpr-copy.yaml"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("proposal id 'gdpr' is already used by", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fail-on-necessary")]
    [InlineData("--fail-under-legitimacy", "90")]
    public void Run_ThresholdCrossed_Exits1(params string[] option)
    {
        var (code, _, stderr) = Run(["assess", "proposals/private-soft-law.yaml", .. option]);

        Assert.Equal(ExitCodes.ThresholdCrossed, code);
        Assert.Contains("private-soft-law:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ThresholdNotCrossed_Exits0()
    {
        var (code, _, _) = Run("assess", "proposals/gdpr.yaml", "--fail-on-necessary", "--fail-under-legitimacy", "50");

        Assert.Equal(ExitCodes.Success, code);
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("assess", "proposals/", "--lang", "fr")]
    [InlineData("assess", "proposals/", "--no-such-option")]
    [InlineData("assess", "proposals/gdpr.yaml", "--fail-under-legitimacy", "NaN")]
    [InlineData("assess", "proposals/gdpr.yaml", "--fail-under-feasibility", "150")]
    [InlineData("assess", "proposals/gdpr.yaml", "--jobs", "0")]
    [InlineData("assess", "@proposals/gdpr.yaml")]
    [InlineData("frobnicate")]
    public void Run_BadUsage_Exits2(params string[] args)
    {
        var (code, _, stderr) = Run(args);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BrokenRulePack_Exits2NamingFile()
    {
        var rules = Directory.CreateDirectory(Out("rules")).FullName;
        foreach (var file in Directory.GetFiles(Repo.Rules, "*.json"))
        {
            File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(rules, "erman-furendal.json"), "{ \"WorkflowName\": \"x\", \"Rules\": [ ");

        var (code, stdout, stderr) = Run("assess", "proposals/gdpr.yaml", "--rules", rules);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("erman-furendal.json:", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Run_ExistingReport_IsReplacedWhole()
    {
        File.WriteAllText(Out("detail.csv"), "old content that is longer than nothing");

        Run("assess", "proposals/gdpr.yaml", "--out", Out("detail.csv"));

        Assert.StartsWith("\uFEFFproposal_id,file,criterion_id", Encoding.UTF8.GetString(File.ReadAllBytes(Out("detail.csv"))), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_out));
    }

    [Fact]
    public void Run_OutputFolderMissing_Exits2WithLocatedError()
    {
        var target = Out("no-such-folder/detail.csv");

        var (code, _, stderr) = Run("assess", "proposals/gdpr.yaml", "--out", target);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"{target}: error: cannot write the report:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FormulaInTitle_IsEscapedInCsv()
    {
        Run("assess", Repo.TestData("proposals", "formula-title.yaml"), "--summary", Out("s.csv"));

        Assert.Contains(",\"'=HYPERLINK(", File.ReadAllText(Out("s.csv")), StringComparison.Ordinal);
    }

    private string Out(string name) => Path.Combine(_out, name);

    private static int Shell(string command, params string[] args)
    {
        using var process = System.Diagnostics.Process.Start(command, args);
        process.WaitForExit();
        return process.ExitCode;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => AnalyzerProcess.Run(args);
}

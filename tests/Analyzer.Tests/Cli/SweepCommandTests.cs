using System.Text;

namespace Analyzer.Tests.Cli;

/// <summary>
/// <c>analyzer sweep</c> in-process: small spaces checked by hand, the frontier, determinism across jobs, shards and
/// samples, and the shipped spaces.
/// </summary>
public sealed class SweepCommandTests : IDisposable
{
    private const string TwoByTwo = "tests/Analyzer.Tests/TestData/spaces/two-by-two.space.yaml";
    private const string ThreeByTwo = "tests/Analyzer.Tests/TestData/spaces/three-by-two.space.yaml";
    private const string Ho = "proposals/spaces/ho-models-by-membership.space.yaml";
    private const string Roberts = "proposals/spaces/roberts-pathways-by-chain.space.yaml";

    private readonly string _out = Directory.CreateTempSubdirectory("analyzer-sweep-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_TwoByTwo_EveryRowAsComputedByHand()
    {
        var (code, _, stderr) = Sweep(TwoByTwo, "--summary", Out("s.csv"), "--pareto", Out("p.csv"), "--quiet");

        Assert.Equal(0, code);
        // chain-a's legitimacy: 41 of 46 weights met, 5 not stated (RH-18, VMG-05). Withdrawing the agency's
        // revocation fails EF-08 (weight 3): 38 of 46. Its feasibility: RH-15 (weight 2) met of 32 weights, the rest
        // not stated; with no review cycle nothing is judged, so there is no score and the verdict is undetermined.
        Assert.Equal(
        [
            "revocation,review,proposal_id,legitimacy_score,legitimacy_low,legitimacy_high,legitimacy_verdict,feasibility_score,feasibility_low,feasibility_high,feasibility_verdict",
            "[parliament],2,chain-a-1-1,89.1,89.1,100.0,strong,6.3,6.3,100.0,weak", // 41/46, 46/46; 2/32, 32/32
            "[parliament],null,chain-a-1-2,89.1,89.1,100.0,strong,,,,undetermined",
            "[],2,chain-a-2-1,82.6,82.6,93.5,strong,6.3,6.3,100.0,weak", // 38/46, 43/46
            "[],null,chain-a-2-2,82.6,82.6,93.5,strong,,,,undetermined",
        ], Columns(Out("s.csv"), Checked));
        // 1-1 beats 2-1 (higher legitimacy, same feasibility); the two without a feasibility score are listed apart.
        Assert.Equal(["frontier,chain-a-1-1", "undetermined,chain-a-1-2", "undetermined,chain-a-2-2"],
            Columns(Out("p.csv"), ["frontier", "proposal_id"]).Skip(1));
        Assert.All(Columns(Out("s.csv"), ["file"]).Skip(1), file => Assert.Equal(TwoByTwo, file));
        Assert.EndsWith($"swept 4 variant(s) of {TwoByTwo} against 73 criteria (rule pack 1.0.0): 1 on the frontier, 2 undetermined, 0 fail a necessary criterion.\n", stderr);
    }

    [Fact]
    public void Run_ThreeByTwo_EveryRowAsComputedByHand()
    {
        var (code, _, _) = Sweep(ThreeByTwo, "--summary", Out("s.csv"), "--pareto", Out("p.csv"), "--quiet");

        Assert.Equal(0, code);
        // The base meets 45 of 47 legitimacy weights (2 not stated) and all 39 feasibility weights. A new institution
        // fails RH-18 (legitimacy, 3) and RH-05 (feasibility, 5); a hybrid counts, as it names the institutions it
        // links; withdrawing the Council's revocation fails EF-08 (legitimacy, 3).
        Assert.Equal(
        [
            "pathway,revocation,proposal_id,legitimacy_score,legitimacy_low,legitimacy_high,legitimacy_verdict,feasibility_score,feasibility_low,feasibility_high,feasibility_verdict",
            "new-institution,[member-governments],strengthen-regime-complex-1-1,89.4,89.4,93.6,strong,87.2,87.2,87.2,strong", // 42/47, 44/47; 34/39
            "new-institution,[],strengthen-regime-complex-1-2,83.0,83.0,87.2,strong,87.2,87.2,87.2,strong", // 39/47, 41/47
            "strengthen-existing,[member-governments],strengthen-regime-complex-2-1,95.7,95.7,100.0,strong,100.0,100.0,100.0,strong", // 45/47
            "strengthen-existing,[],strengthen-regime-complex-2-2,89.4,89.4,93.6,strong,100.0,100.0,100.0,strong",
            "hybrid,[member-governments],strengthen-regime-complex-3-1,95.7,95.7,100.0,strong,100.0,100.0,100.0,strong",
            "hybrid,[],strengthen-regime-complex-3-2,89.4,89.4,93.6,strong,100.0,100.0,100.0,strong",
        ], Columns(Out("s.csv"), Checked));
        // Two equal best variants: a tie, both kept; every other is beaten by them.
        Assert.Equal(["frontier,strengthen-regime-complex-2-1", "frontier,strengthen-regime-complex-3-1"],
            Columns(Out("p.csv"), ["frontier", "proposal_id"]).Skip(1));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_Stdout_TheFrontierTable(string lang)
    {
        var two = Sweep(TwoByTwo, "--lang", lang);
        var three = Sweep(ThreeByTwo, "--lang", lang);

        Golden.AssertMatches(two.Stdout, $"cli/sweep-two-by-two.{lang}.txt");
        Golden.AssertMatches(three.Stdout, $"cli/sweep-three-by-two.{lang}.txt");
    }

    [Fact]
    public void Run_OneJobAndFourJobs_SameBytes()
    {
        Sweep(Ho, "--summary", Out("s1.csv"), "--pareto", Out("p1.csv"), "--jobs", "1", "--quiet");
        Sweep(Ho, "--summary", Out("s4.csv"), "--pareto", Out("p4.csv"), "--jobs", "4", "--quiet");

        Assert.Equal(File.ReadAllBytes(Out("s1.csv")), File.ReadAllBytes(Out("s4.csv")));
        Assert.Equal(File.ReadAllBytes(Out("p1.csv")), File.ReadAllBytes(Out("p4.csv")));
    }

    [Theory]
    [InlineData]
    [InlineData("--sample", "20", "--seed", "5")]
    public void Run_ThreeShardsJoined_TheWholeRunByteForByte(params string[] sample)
    {
        Sweep(Ho, ["--summary", Out("whole.csv"), "--quiet", .. sample]);
        var shards = Enumerable.Range(1, 3).Select(k =>
        {
            var (code, _, stderr) = Sweep(Ho, ["--summary", Out($"{k}.csv"), "--shard", $"{k}/3", "--quiet", .. sample]);
            Assert.Equal(0, code);
            Assert.Contains($"shard {k}/3", stderr, StringComparison.Ordinal);
            return File.ReadAllBytes(Out($"{k}.csv"));
        }).ToList();

        var header = Encoding.UTF8.GetByteCount("\uFEFF") + File.ReadAllText(Out("1.csv"), Encoding.UTF8).IndexOf('\n', StringComparison.Ordinal) + 1;
        byte[] joined = [.. shards[0], .. shards[1][header..], .. shards[2][header..]]; // the header once
        Assert.Equal(File.ReadAllBytes(Out("whole.csv")), joined);
        Assert.Equal(0, InProcess.Run("merge", Out("1.csv"), Out("2.csv"), Out("3.csv"), "-o", Out("merged.csv")).Code);
        Assert.Equal(File.ReadAllBytes(Out("whole.csv")), File.ReadAllBytes(Out("merged.csv")));
    }

    [Theory]
    [InlineData("parquet")]
    [InlineData("jsonl")]
    public void Run_ThreeShardsInAnotherFormat_MergedIntoTheWholeRun(string format)
    {
        Sweep(Roberts, "--summary", Out($"whole.{format}"), "--quiet");
        for (var k = 1; k <= 3; k++)
        {
            Assert.Equal(0, Sweep(Roberts, "--summary", Out($"{k}.{format}"), "--shard", $"{k}/3", "--quiet").Code);
        }

        Assert.Equal(0, InProcess.Run("merge", Out($"1.{format}"), Out($"2.{format}"), Out($"3.{format}"), "-o", Out($"merged.{format}")).Code);
        Assert.Equal(File.ReadAllBytes(Out($"whole.{format}")), File.ReadAllBytes(Out($"merged.{format}")));
    }

    [Fact]
    public void Run_JsonLinesSummary_TheDimensionsLeadEachRecord()
    {
        Sweep(ThreeByTwo, "--summary", Out("s.jsonl"), "--quiet");

        var first = File.ReadLines(Out("s.jsonl")).First();
        Assert.StartsWith("{\"pathway\":\"new-institution\",\"revocation\":\"[member-governments]\",\"proposal_id\":\"strengthen-regime-complex-1-1\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Sample_SameSeedSameVariantsInSpaceOrder()
    {
        var first = Sweep(Ho, "--summary", Out("a.csv"), "--sample", "10", "--seed", "7", "--quiet");
        Sweep(Ho, "--summary", Out("b.csv"), "--sample", "10", "--seed", "7", "--quiet");
        Sweep(Ho, "--summary", Out("c.csv"), "--sample", "10", "--seed", "8", "--quiet");

        var ids = Columns(Out("a.csv"), ["proposal_id"]).Skip(1).ToList();
        Assert.Equal(10, ids.Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids); // ids sort in product order
        Assert.Equal(File.ReadAllBytes(Out("a.csv")), File.ReadAllBytes(Out("b.csv")));
        Assert.NotEqual(ids, Columns(Out("c.csv"), ["proposal_id"]).Skip(1));
        Assert.Contains("swept 10 variant(s) of proposals/spaces/ho-models-by-membership.space.yaml (a sample of 10 of 48, seed 7)", first.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roberts, 24)]
    [InlineData(Ho, 48)]
    public void Run_ShippedSpace_CleanWithVerdictsThatMove(string space, int variants)
    {
        var (code, stdout, stderr) = Sweep(space, "--summary", Out("s.csv"), "--pareto", Out("p.csv"));

        Assert.Equal(0, code);
        Assert.DoesNotContain("error", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", stderr, StringComparison.Ordinal);
        Assert.StartsWith("Frontier: the ", stdout, StringComparison.Ordinal);
        var rows = Columns(Out("s.csv"), ["legitimacy_verdict", "feasibility_verdict", "legitimacy_score", "feasibility_score"]).Skip(1).ToList();
        Assert.Equal(variants, rows.Count);
        Assert.True(rows.Distinct().Count() >= 6, "the dimensions should move the scores");
        Assert.True(rows.Select(r => r.Split(',')[0] + r.Split(',')[1]).Distinct().Count() >= 2, "the dimensions should move a verdict");
        Assert.Contains($"swept {variants} variant(s) of {space}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Plot_DrawsEveryVariant()
    {
        var (code, _, stderr) = Sweep(ThreeByTwo, "--plot", Out("plot.svg"), "--quiet");

        Assert.Equal(0, code);
        Assert.Contains("<svg", File.ReadAllText(Out("plot.svg")), StringComparison.Ordinal);
        Assert.Contains("wrote ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReportOverTheSpaceFile_RefusedBeforeAnythingRuns()
    {
        var space = InProcess.Path(TwoByTwo);
        var (code, _, stderr) = InProcess.Run("sweep", space, "--summary", space);

        Assert.Equal(2, code);
        Assert.Contains("--summary names a proposal this run reads", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--seed", "3" }, "error: --seed chooses the variants of a sample; use it with --sample N.")]
    [InlineData(new[] { "--sample", "0" }, "error: --sample expects a whole number of at least 1; found '0'.")]
    [InlineData(new[] { "--shard", "4/3" }, "error: --shard expects k/n with 1 <= k <= n, such as 2/8; found '4/3'.")]
    public void Run_BadOption_UsageErrorExit2(string[] options, string expected)
    {
        var (code, _, stderr) = Sweep(TwoByTwo, options);

        Assert.Equal(2, code);
        Assert.StartsWith(expected + "\n", stderr, StringComparison.Ordinal);
    }

    /// <summary>The columns a test checks by hand: the factors, the id and both dimensions.</summary>
    private static readonly string[] Checked =
    [
        "revocation", "review", "pathway", "proposal_id", "legitimacy_score", "legitimacy_low", "legitimacy_high", "legitimacy_verdict",
        "feasibility_score", "feasibility_low", "feasibility_high", "feasibility_verdict",
    ];

    private static (int Code, string Stdout, string Stderr) Sweep(string space, params string[] options) =>
        InProcess.Run(["sweep", InProcess.Path(space), .. options]);

    private string Out(string name) => Path.Combine(_out, name);

    /// <summary>Some columns of a CSV file, by name, in the file's order of columns, joined by commas.</summary>
    private static List<string> Columns(string path, string[] names)
    {
        var rows = Csv.Read(File.ReadAllText(path, Encoding.UTF8));
        var keep = rows[0].Select((c, i) => (c, i)).Where(x => names.Contains(x.c)).Select(x => x.i).ToList();
        return [.. rows.Select(r => string.Join(',', keep.Select(i => r[i].Replace(Repo.Root + "/", "", StringComparison.Ordinal))))];
    }
}

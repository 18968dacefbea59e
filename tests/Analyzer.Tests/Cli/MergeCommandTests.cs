using System.Text;

namespace Analyzer.Tests.Cli;

/// <summary><c>assess --shard k/n</c> then <c>merge</c>: the single-machine reports, byte for byte, or a located refusal.</summary>
public sealed class MergeCommandTests
{
    private static readonly string[] Kinds = ["detail.csv", "summary.csv", "summary.parquet", "summary.jsonl"];

    [Fact]
    public void Merge_ShardsOfTheExamples_ByteIdenticalToOneRun()
    {
        const int shards = 3;
        using var folder = new TempFolder();
        AssessAll(folder, Repo.Proposals, shards);

        foreach (var kind in Kinds)
        {
            var parts = Enumerable.Range(1, shards).Select(k => folder[Shard(kind, k)]).Reverse().ToArray(); // merge orders them
            var (code, stdout, stderr) = InProcess.Run(["merge", .. parts, "-o", folder["merged-" + kind]]);

            Assert.Equal(0, code);
            Assert.Equal("", stdout);
            Assert.Matches(@$"^merged {shards} shard file\(s\) holding 1[0-9][0-9] proposal\(s\) into .*merged-{kind}\.\n$", stderr);
            AssertSameBytes(folder[kind], folder["merged-" + kind]);
        }
    }

    [Fact]
    public void Transcript_WalkthroughInTwoShardsThenMerge_AsTheUserSeesIt()
    {
        using var folder = new TempFolder();
        var transcript = new StringBuilder();
        void Run(string shown, params string[] args)
        {
            var (code, stdout, stderr) = InProcess.Run(args);
            transcript.Append($"$ analyzer {shown}\n").Append(folder.Relative(stdout)).Append(folder.Relative(stderr)).Append($"(exit {code})\n");
        }

        var walkthrough = InProcess.Path("proposals/walkthrough");
        for (var k = 1; k <= 2; k++)
        {
            Run($"assess proposals/walkthrough --shard {k}/2 --quiet --summary summary-{k}.csv",
                "assess", walkthrough, "--shard", $"{k}/2", "--quiet", "--summary", folder[$"summary-{k}.csv"]);
        }
        Run("merge summary-1.csv summary-2.csv -o summary.csv", "merge", folder["summary-2.csv"], folder["summary-1.csv"], "-o", folder["summary.csv"]);
        Run("merge summary-1.csv summary.csv -o again.csv", "merge", folder["summary-1.csv"], folder["summary.csv"], "-o", folder["again.csv"]);

        Golden.AssertMatches(transcript.ToString(), "cli/merge-walkthrough.txt");
    }

    [Fact]
    public void Merge_MoreShardsThanFiles_EmptyShardsJoinToOneRun()
    {
        using var folder = new TempFolder();
        var two = Path.Combine(folder.FullName, "two");
        Directory.CreateDirectory(two);
        File.Copy(InProcess.Path("proposals/gdpr.yaml"), Path.Combine(two, "gdpr.yaml"));
        File.Copy(InProcess.Path("proposals/eu-ai-act.yaml"), Path.Combine(two, "eu-ai-act.yaml"));

        var lines = AssessAll(folder, two, 5);

        Assert.Equal("shard 1/5: 0 of 2 file(s); there are more shards than files, so this one writes empty reports.", lines[0]);
        Assert.Equal("shard 3/5: 1 of 2 file(s), numbers 1 to 1 in path order.", lines[2]);
        Assert.Equal("shard 5/5: 1 of 2 file(s), numbers 2 to 2 in path order.", lines[4]);
        foreach (var kind in Kinds)
        {
            var parts = Enumerable.Range(1, 5).Select(k => folder[Shard(kind, k)]).ToArray();
            Assert.Equal(0, InProcess.Run(["merge", .. parts, "--out", folder["merged-" + kind]]).Code);
            AssertSameBytes(folder[kind], folder["merged-" + kind]);
        }
    }

    [Fact]
    public void Merge_ShardFilesNumberedPastNine_JoinedInNaturalOrder()
    {
        using var folder = new TempFolder();
        AssessAll(folder, Repo.Proposals, 12, csvOnly: true);

        // A shell's glob lists summary-10 and summary-11 before summary-2; merge puts them back in shard order.
        var parts = Enumerable.Range(1, 12).Select(k => folder[Shard("summary.csv", k)]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(0, InProcess.Run(["merge", .. parts, "-o", folder["merged.csv"]]).Code);

        AssertSameBytes(folder["summary.csv"], folder["merged.csv"]);
    }

    [Fact]
    public void Merge_DetailWithSummary_HeaderDiffersNamingBothFiles()
    {
        using var folder = new TempFolder();
        AssessAll(folder, InProcess.Path("proposals/walkthrough"), 2, csvOnly: true);

        var (code, _, stderr) = InProcess.Run("merge", folder["summary-1.csv"], folder["detail-2.csv"], "-o", folder["x.csv"]);

        Assert.Equal(2, code);
        Assert.Equal("summary-1.csv:1:18: error: the header differs from the header of detail-2.csv here; merge joins shards of one report "
            + "(all detail or all summary, from the same rule pack and options).\n", folder.Relative(stderr));
        Assert.False(File.Exists(folder["x.csv"]));
    }

    [Fact]
    public void Merge_OtherDelimiter_SaysWhichAndHow()
    {
        using var folder = new TempFolder();
        var gdpr = InProcess.Path("proposals/gdpr.yaml");
        var act = InProcess.Path("proposals/eu-ai-act.yaml");
        InProcess.Run("assess", gdpr, "--quiet", "--summary", folder["s-1.csv"]);
        InProcess.Run("assess", act, "--quiet", "--summary", folder["s-2.csv"], "--delimiter", ";");

        var (code, _, stderr) = InProcess.Run("merge", folder["s-1.csv"], folder["s-2.csv"], "-o", folder["x.csv"]);

        Assert.Equal(2, code);
        Assert.Equal("s-2.csv:1:1: error: fields are separated by semicolons, and in s-1.csv by commas; run every shard with the same --delimiter.\n",
            folder.Relative(stderr));
    }

    [Theory]
    [InlineData("summary.csv", "s.csv:3:1")] // eu-ai-act is the first row (line 2), gdpr the second
    [InlineData("summary.jsonl", "s.jsonl:2:1")]
    [InlineData("summary.parquet", "s.parquet: error: row 2:")]
    public void Merge_ProposalInTwoShards_LocatedErrorAndNoOutput(string kind, string where)
    {
        using var folder = new TempFolder();
        var extension = Path.GetExtension(kind);
        InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), "--quiet", "--summary", folder["a" + extension]);
        InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), InProcess.Path("proposals/eu-ai-act.yaml"), "--quiet", "--summary", folder["s" + extension]);

        var (code, _, stderr) = InProcess.Run("merge", folder["a" + extension], folder["s" + extension], "-o", folder["x" + extension]);

        Assert.Equal(2, code);
        Assert.StartsWith(where, folder.Relative(stderr));
        Assert.Contains($"proposal 'gdpr' is also in a{extension}; shards of one run never share a proposal", folder.Relative(stderr));
        Assert.Empty(Directory.GetFiles(folder.FullName, "*x*")); // nor a partial file
    }

    [Fact]
    public void Merge_OutputIsAShard_RefusedBeforeReading()
    {
        using var folder = new TempFolder();
        AssessAll(folder, InProcess.Path("proposals/walkthrough"), 2, csvOnly: true);
        var before = File.ReadAllBytes(folder["summary-1.csv"]);

        var (code, _, stderr) = InProcess.Run("merge", folder["summary-1.csv"], folder["summary-2.csv"], "-o", folder["summary-1.csv"]);

        Assert.Equal(2, code);
        Assert.Equal("summary-1.csv: error: --out names a shard this merge reads; the output never replaces an input, so name a new file.\n",
            folder.Relative(stderr));
        Assert.Equal(before, File.ReadAllBytes(folder["summary-1.csv"]));
    }

    [Fact]
    public void Merge_BadInputs_OneLineEachNoStackTrace()
    {
        using var folder = new TempFolder();
        AssessAll(folder, InProcess.Path("proposals/walkthrough"), 2);
        File.WriteAllBytes(folder["cut.csv"], File.ReadAllBytes(folder["detail-2.csv"])[..3000]);
        File.WriteAllBytes(folder["cut.parquet"], File.ReadAllBytes(folder["summary-2.parquet"])[..300]);
        File.WriteAllText(folder["notes.csv"], "hello\n");

        string Error(params string[] args)
        {
            var (code, stdout, stderr) = InProcess.Run(["merge", .. args.Select(a => a.StartsWith('-') ? a : folder[a])]);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            Assert.DoesNotContain("   at ", stderr);
            return folder.Relative(stderr);
        }

        Assert.Equal("missing.csv: error: no such file; merge joins the reports that 'assess --shard k/n' wrote.\n",
            Error("summary-1.csv", "missing.csv", "-o", "x.csv"));
        Assert.Equal("summary-1.csv: error: named twice; each shard is joined once.\n", Error("summary-1.csv", "summary-1.csv", "-o", "x.csv"));
        Assert.Equal("summary-1.parquet: error: this is Parquet, and the output '" + folder["x.csv"].Replace(folder.FullName + "/", "", StringComparison.Ordinal)
            + "' asks for CSV by its extension; merge joins shards of one format into the same format.\n", Error("summary-1.parquet", "summary-2.csv", "-o", "x.csv"));
        Assert.Matches(@"^cut\.csv:\d+:1: error: the file ends in the middle of a row; was it cut short, or is its shard still running\?\n$",
            Error("detail-1.csv", "cut.csv", "-o", "x.csv"));
        Assert.StartsWith("cut.parquet: error: not a Parquet summary written by analyzer: ", Error("summary-1.parquet", "cut.parquet", "-o", "x.parquet"));
        Assert.Equal("notes.csv: error: not a detail or summary CSV written by analyzer: it has no 'proposal_id' column.\n",
            Error("notes.csv", "summary-1.csv", "-o", "x.csv"));
        Assert.Empty(Directory.GetFiles(folder.FullName, "*x.*"));
    }

    [Fact]
    public void Help_SaysTheOrderOfTheShards()
    {
        var (_, stdout, _) = InProcess.Run("merge", "--help");

        Assert.Contains("natural", stdout);
        Assert.Contains("summary-2.csv before summary-10.csv", stdout.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_BadShard_SaysWhatIsExpected()
    {
        var (code, _, stderr) = InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), "--shard", "4/3");

        Assert.Equal(2, code);
        Assert.StartsWith("error: --shard expects k/n with 1 <= k <= n, such as 2/8; found '4/3'.\n", stderr);
    }

    private static string Shard(string kind, int k) =>
        $"{Path.GetFileNameWithoutExtension(kind)}-{k}{Path.GetExtension(kind)}";

    /// <summary>One run and n shard runs of <paramref name="input"/>, every report kind; the shard line of each shard run.</summary>
    private static List<string> AssessAll(TempFolder folder, string input, int shards, bool csvOnly = false)
    {
        void Assess(string input, Func<string, string> name, params string[] extra)
        {
            InProcess.Run(["assess", input, "--quiet", "--out", name("detail.csv"), "--summary", name("summary.csv"), .. extra]);
            if (!csvOnly)
            {
                InProcess.Run(["assess", input, "--quiet", "--summary", name("summary.parquet"), .. extra]);
                InProcess.Run(["assess", input, "--quiet", "--summary", name("summary.jsonl"), .. extra]);
            }
        }

        Assess(input, kind => folder[kind]);
        var lines = new List<string>();
        for (var k = 1; k <= shards; k++)
        {
            var shard = k;
            Assess(input, kind => folder[Shard(kind, shard)], "--shard", $"{k}/{shards}");
            lines.Add(InProcess.Run("assess", input, "--quiet", "--shard", $"{k}/{shards}").Stderr.Split('\n')
                .Single(l => l.StartsWith("shard ", StringComparison.Ordinal)));
        }
        return lines;
    }

    private static void AssertSameBytes(string expected, string actual)
    {
        var a = File.ReadAllBytes(expected);
        var b = File.ReadAllBytes(actual);
        Assert.True(a.AsSpan().SequenceEqual(b), $"{actual} ({b.Length} bytes) differs from {expected} ({a.Length} bytes)");
    }
}

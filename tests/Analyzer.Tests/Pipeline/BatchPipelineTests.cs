using Analyzer.Core.Diagnostics;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Tests.Pipeline;

public sealed class BatchPipelineTests : IDisposable
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;
    private readonly string _dir = Directory.CreateTempSubdirectory("analyzer-pipeline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Run_ManyWindows_SinksSeeEveryProposalInInputOrder(int jobs)
    {
        var files = Enumerable.Range(0, 250).Select(i => Write($"p{i:D3}.yaml", $"id: p{i:D3}\ntitle: P {i}\n")).ToList();
        var sink = new RecordingSink();

        var totals = new BatchPipeline(Pack, new ProposalReader(), jobs).Run(files, [sink], _ => { });

        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), sink.Ids);
        Assert.Equal(new BatchTotals(250, 250, 0, 0, 0), totals);
        Assert.Equal(["begin 250", "finish"], sink.Events);
    }

    [Fact]
    public void Run_SameIdInLaterWindow_SkippedWithLocatedErrorInFileOrder()
    {
        var files = Enumerable.Range(0, 200).Select(i => Write($"p{i:D3}.yaml", $"id: p{i:D3}\ntitle: P\n")).ToList();
        files.Add(Write("z-copy.yaml", "title: Copy\nid: p007\n"));
        files.Add(Write("z-bad.yaml", "id: [unclosed\n"));
        var problems = new List<Diagnostic>();
        var sink = new RecordingSink();

        var totals = new BatchPipeline(Pack, new ProposalReader(), 2).Run(files, [sink], problems.Add);

        Assert.Equal(200, sink.Ids.Count);
        Assert.Equal(new BatchTotals(202, 200, 2, 2, 0), totals);
        Assert.Equal(2, problems.Count);
        Assert.EndsWith("z-copy.yaml:2:5: error: proposal id 'p007' is already used by '" + files[7] + "'; ids must be unique within a batch.", problems[0].ToString());
        Assert.Contains("z-bad.yaml", problems[1].ToString(), StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class RecordingSink : IReportSink
    {
        public List<string> Ids { get; } = [];

        public List<string> Events { get; } = [];

        public void Begin(RulePack pack, BatchShape shape) => Events.Add($"begin {shape.Inputs}");

        public void Add(ProposalScore score) => Ids.Add(score.Assessment.Proposal.Id!);

        public void Finish(BatchTotals totals) => Events.Add("finish");

        public void Dispose()
        {
        }
    }
}

using Analyzer.Core.Evaluation;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Tests.Reporting;

public sealed class ProgressSinkTests
{
    private static readonly RulePack Pack = new() { Version = "t" };
    private static readonly ProposalScore Score = new() { Assessment = new Assessment() };

    [Fact]
    public void Add_NotATerminal_OneLineEveryFewSecondsNotPerProposal()
    {
        var clock = new ManualClock();
        var error = new StringWriter();
        using var sink = new ProgressSink(error, terminal: false, clock);

        sink.Begin(Pack, BatchShape.Files(1000));
        for (var i = 0; i < 1000; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(12)); // 12 s in all
            sink.Add(Score);
        }
        sink.Finish(new BatchTotals(1000, 1000, 0, 0, 0));

        Assert.Equal(["assessed 417 of 1000 file(s) (42%)...", "assessed 834 of 1000 file(s) (83%)..."],
            error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Finish_OnATerminal_DrawsTheFullBarAndEndsTheLine()
    {
        var error = new StringWriter();
        using var sink = new ProgressSink(error, terminal: true, new ManualClock());

        sink.Begin(Pack, BatchShape.Files(2));
        sink.Add(Score);
        sink.Add(Score);
        sink.Finish(new BatchTotals(2, 2, 0, 0, 0));

        Assert.Equal($"\r[{new string('#', 30)}] 2/2 proposal(s){Environment.NewLine}", error.ToString());
    }

    /// <summary>A clock the test moves by hand, so the output does not depend on how fast the machine is.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}

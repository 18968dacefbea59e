using Analyzer.Core.Sweeps;

namespace Analyzer.Tests.Sweeps;

/// <summary>The streaming Pareto frontier on hand-made points (x is legitimacy, y feasibility, in tenths).</summary>
public sealed class FrontierTests
{
    private static List<string> Run(params (int X, int Y, string Name)[] points)
    {
        var frontier = new Frontier<string>();
        for (var i = 0; i < points.Length; i++)
        {
            frontier.Add(points[i].X, points[i].Y, i, points[i].Name);
        }
        Assert.Equal(frontier.Members().Count, frontier.Count);
        return [.. frontier.Members()];
    }

    [Fact]
    public void Add_AllDominatedButOne_OnlyThatOne()
    {
        Assert.Equal(["best"], Run((500, 500, "a"), (900, 800, "best"), (900, 700, "same-x-lower-y"), (800, 800, "same-y-lower-x"), (100, 100, "b")));
    }

    [Fact]
    public void Add_BestFirst_LaterPointsBeatenOnArrival()
    {
        Assert.Equal(["best"], Run((900, 800, "best"), (500, 500, "a"), (900, 799, "c"), (899, 800, "d")));
    }

    [Fact]
    public void Add_ExactTies_AllKeptInOrder()
    {
        Assert.Equal(["a", "b", "c"], Run((700, 600, "a"), (700, 600, "b"), (400, 400, "beaten"), (700, 600, "c")));
    }

    [Fact]
    public void Add_TiesThenABetterPoint_TheWholeTieRemoved()
    {
        Assert.Equal(["better"], Run((700, 600, "a"), (700, 600, "b"), (700, 601, "better")));
    }

    [Fact]
    public void Add_TradeOffs_EveryStepOfTheStaircaseKept()
    {
        // Better on one dimension, worse on the other: none beats another.
        Assert.Equal(["legit", "balanced", "feasible"], Run((950, 300, "legit"), (700, 700, "balanced"), (300, 950, "feasible")));
    }

    [Fact]
    public void Add_OnePointBeatsSeveralSteps_ThoseStepsRemovedTheOthersKept()
    {
        var members = Run((900, 100, "far-right"), (600, 500, "mid-1"), (500, 600, "mid-2"), (400, 700, "mid-3"), (100, 900, "far-left"),
            (650, 700, "beats-the-middle"));
        Assert.Equal(["far-right", "far-left", "beats-the-middle"], members);
    }

    [Fact]
    public void Add_SameLegitimacyHigherFeasibility_ReplacesTheStep()
    {
        Assert.Equal(["high", "other"], Run((600, 400, "low"), (600, 700, "high"), (800, 100, "other")));
    }

    [Fact]
    public void Add_EqualOnOneBetterOnTheOther_Beats()
    {
        Assert.Equal(["b"], Run((500, 500, "a"), (500, 501, "b")));
        Assert.Equal(["b"], Run((500, 500, "a"), (501, 500, "b")));
    }

    [Fact]
    public void Add_RandomPoints_SameAsTheDefinition()
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, 400).Select(i => (X: random.Next(0, 30), Y: random.Next(0, 30), Name: $"p{i}")).ToArray();

        var expected = points.Where(p => !points.Any(q => q.X >= p.X && q.Y >= p.Y && (q.X > p.X || q.Y > p.Y))).Select(p => p.Name);

        Assert.Equal(expected, Run(points));
    }
}

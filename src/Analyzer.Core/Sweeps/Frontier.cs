namespace Analyzer.Core.Sweeps;

/// <summary>
/// The Pareto frontier of a stream of points, kept as the stream goes: a point is on it when no other point is at
/// least as good on both coordinates and better on one. Equal points are all kept. Memory holds the frontier only,
/// as a staircase of steps (one per distinct first coordinate, with every point sharing it), never the stream.
/// </summary>
public sealed class Frontier<T>
{
    // Ascending in X, strictly descending in Y: a step is beaten by none of the others.
    private readonly List<Step> _steps = [];

    /// <summary>Points on the frontier now.</summary>
    public int Count { get; private set; }

    /// <summary>A point already on the frontier is at least as good on both coordinates and better on one.</summary>
    public bool Beats(int x, int y)
    {
        var i = LowerBound(x); // the first step with X >= x; the steps after it have lower Y
        return i < _steps.Count && _steps[i].Y >= y && (_steps[i].X > x || _steps[i].Y > y);
    }

    /// <summary>Offers a point; <paramref name="order"/> places it among the others in <see cref="Members"/>.</summary>
    public void Add(int x, int y, long order, T item)
    {
        if (Beats(x, y))
        {
            return;
        }
        var i = LowerBound(x);
        if (i < _steps.Count)
        {
            var step = _steps[i];
            if (step.X == x && step.Y == y)
            {
                step.Items.Add((order, item)); // a tie beats nobody and is beaten by nobody
                Count++;
                return;
            }
        }
        // The new point beats every step at or left of it whose Y it reaches: those are contiguous, just below i.
        var end = i < _steps.Count && _steps[i].X == x ? i + 1 : i;
        var start = end;
        while (start > 0 && _steps[start - 1].Y <= y)
        {
            start--;
        }
        for (var k = start; k < end; k++)
        {
            Count -= _steps[k].Items.Count;
        }
        _steps.RemoveRange(start, end - start);
        _steps.Insert(start, new Step(x, y, [(order, item)]));
        Count++;
    }

    /// <summary>The points on the frontier, in the order they were given.</summary>
    public IReadOnlyList<T> Members() =>
        [.. _steps.SelectMany(s => s.Items).OrderBy(p => p.Order).Select(p => p.Item)];

    private int LowerBound(int x)
    {
        int low = 0, high = _steps.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_steps[mid].X < x)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }

    private sealed record Step(int X, int Y, List<(long Order, T Item)> Items);
}

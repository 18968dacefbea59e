namespace Analyzer.Core.Reporting;

/// <summary>A rectangle in pixels, y downwards.</summary>
public readonly record struct PixelBox(float Left, float Top, float Right, float Bottom)
{
    public bool Overlaps(PixelBox other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public bool Inside(PixelBox outer) => Left >= outer.Left && Right <= outer.Right && Top >= outer.Top && Bottom <= outer.Bottom;
}

/// <summary>
/// Thins labels when a plot is crowded: a label goes in the first of its candidate places that stays inside the
/// bounds and touches no label placed before it and no marker, or is left out. Labels are offered in a fixed order,
/// so the same points always get the same labels. Placed boxes are kept in a grid of cells, so a check looks only at
/// its neighbours however many points there are.
/// </summary>
public sealed class LabelPlacer(PixelBox bounds)
{
    private const float Cell = 48;
    private readonly Dictionary<(int, int), List<PixelBox>> _cells = [];

    /// <summary>Marks a box (a marker) that no label may cover.</summary>
    public void Block(PixelBox box)
    {
        foreach (var cell in Cells(box))
        {
            if (!_cells.TryGetValue(cell, out var boxes))
            {
                _cells[cell] = boxes = [];
            }
            boxes.Add(box);
        }
    }

    /// <summary>The first free candidate, now taken; null when every candidate is out of bounds or covers something.</summary>
    public PixelBox? Place(IEnumerable<PixelBox> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Inside(bounds) && !Cells(candidate).Any(c => _cells.TryGetValue(c, out var boxes) && boxes.Any(candidate.Overlaps)))
            {
                Block(candidate);
                return candidate;
            }
        }
        return null;
    }

    private static IEnumerable<(int, int)> Cells(PixelBox box)
    {
        for (var x = (int)MathF.Floor(box.Left / Cell); x <= (int)MathF.Floor(box.Right / Cell); x++)
        {
            for (var y = (int)MathF.Floor(box.Top / Cell); y <= (int)MathF.Floor(box.Bottom / Cell); y++)
            {
                yield return (x, y);
            }
        }
    }
}

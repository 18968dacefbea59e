using Analyzer.Core.Reporting;

namespace Analyzer.Tests.Reporting;

public sealed class LabelPlacerTests
{
    private static readonly PixelBox Bounds = new(0, 0, 500, 500);

    [Fact]
    public void Place_FirstCandidateFree_TakesIt()
    {
        var placer = new LabelPlacer(Bounds);

        Assert.Equal(new PixelBox(10, 10, 50, 20), placer.Place([new(10, 10, 50, 20), new(100, 100, 140, 110)]));
    }

    [Fact]
    public void Place_FirstCandidateOverlapsAPlacedLabel_TakesTheNext()
    {
        var placer = new LabelPlacer(Bounds);
        placer.Place([new(10, 10, 50, 20)]);

        Assert.Equal(new PixelBox(10, 30, 50, 40), placer.Place([new(40, 15, 80, 25), new(10, 30, 50, 40)]));
    }

    [Fact]
    public void Place_OverAMarkerOrOutOfBounds_Thinned()
    {
        var placer = new LabelPlacer(Bounds);
        placer.Block(new PixelBox(200, 200, 210, 210));

        Assert.Null(placer.Place([new(195, 195, 240, 205), new(480, 10, 520, 20), new(-5, 10, 30, 20)]));
    }

    [Fact]
    public void Place_BoxesThatOnlyTouch_BothPlaced()
    {
        var placer = new LabelPlacer(Bounds);

        Assert.NotNull(placer.Place([new(10, 10, 50, 20)]));
        Assert.NotNull(placer.Place([new(50, 10, 90, 20)])); // sharing an edge is not overlapping
    }

    [Fact]
    public void Place_FarApartAcrossManyCells_OnlyNeighboursChecked()
    {
        var placer = new LabelPlacer(Bounds);
        for (var i = 0; i < 10; i++)
        {
            Assert.NotNull(placer.Place([new(i * 48, i * 48, i * 48 + 40, i * 48 + 10)]));
        }

        Assert.Null(placer.Place([new(100, 100, 140, 110)])); // the box at (96, 96) is there
    }
}

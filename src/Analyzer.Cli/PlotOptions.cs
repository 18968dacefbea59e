using System.CommandLine;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Reporting;

namespace Analyzer.Cli;

/// <summary>The <c>--plot</c> option of <c>assess</c>: the scatter of the batch, as SVG or PNG by the file's extension.</summary>
internal static class PlotOptions
{
    public static Option<string?> Plot()
    {
        var option = new Option<string?>("--plot")
        {
            Description = "Draw every proposal scored on one scatter (legitimacy against feasibility) here: a .svg or .png file.",
            HelpName = "FILE",
        };
        option.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string?>();
            if (path is not null && PlotFormats.FromPath(path) is null)
            {
                result.AddError(Problems.BadOptionValue("--plot", "a file name ending in .svg or .png", path));
            }
        });
        return option;
    }
}

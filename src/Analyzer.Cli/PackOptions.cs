using System.CommandLine;
using Analyzer.Core.Rules;

namespace Analyzer.Cli;

/// <summary>The <c>--rules</c> option every command shares, and how its value becomes a <see cref="PackLocation"/>.</summary>
internal static class PackOptions
{
    public static Option<string?> Rules() => new("--rules")
    {
        Description = $"The rule pack folder (default: ${PackLocation.Variable}, else the pack shipped with the tool).",
        HelpName = "DIR",
    };

    public static PackLocation Locate(string? option) =>
        PackLocation.Find(option, Environment.GetEnvironmentVariable(PackLocation.Variable), AppContext.BaseDirectory);
}

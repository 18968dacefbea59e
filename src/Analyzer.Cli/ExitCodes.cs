namespace Analyzer.Cli;

/// <summary>The exit codes documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Every proposal was assessed and no threshold the user set was crossed.</summary>
    public const int Success = 0;

    /// <summary>A --fail-under-* or --fail-on-necessary threshold was crossed.</summary>
    public const int ThresholdCrossed = 1;

    /// <summary>Bad usage, an unreadable or invalid proposal, or a broken rule pack.</summary>
    public const int BadInput = 2;
}

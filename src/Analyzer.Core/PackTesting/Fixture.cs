namespace Analyzer.Core.PackTesting;

/// <summary>A fixture: one example proposal and what the papers say the engine must conclude about it.</summary>
public sealed record Fixture
{
    public string Path { get; init; } = "";
    public string Proposal { get; init; } = "";
    public Expectation[] Expect { get; init; } = [];
}

/// <summary>
/// One expected result: <c>what</c> is a criterion id or one of ef_mode, ho_model, modalities,
/// legitimacy_verdict, feasibility_verdict; <c>basis</c> names the catalogue row it rests on; <c>derived</c>
/// marks expectations resting on MEM or INF rows rather than on the papers' own verdicts.
/// </summary>
public sealed record Expectation
{
    public string What { get; init; } = "";
    public string Is { get; init; } = "";
    public string Basis { get; init; } = "";
    public bool Derived { get; init; }
}

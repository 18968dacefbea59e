using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>Whether a design is international: states act together, or it applies worldwide (RH-16, HO-05).</summary>
public static class ReachFacts
{
    /// <summary>
    /// International when the membership is intergovernmental, an international agreement is among its modalities,
    /// or its territory is global; not when it is one polity's own design (single-polity membership, a national
    /// territory, or domestic law with extraterritorial effect); otherwise a regional design whose stated membership
    /// is not one polity counts as international, and an unstated territory or membership leaves it unknown.
    /// </summary>
    public static Known International(Proposal p)
    {
        var membership = p.Institution?.Membership;
        var territory = p.Instrument?.Territory;
        var modalities = p.Modalities ?? [];
        if (membership == "intergovernmental" || modalities.Contains("international-agreement") || territory == "global")
        {
            return Known.True;
        }
        if (membership == "single-polity" || territory == "national" || modalities.Contains("extraterritorial-law"))
        {
            return Known.False;
        }
        string[] missing = [.. territory is null ? ["instrument.territory"] : Array.Empty<string>(),
            .. membership is null ? ["institution.membership"] : Array.Empty<string>()];
        return missing.Length > 0 ? Known.Unknown(missing) : Known.True;
    }
}

using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;

namespace Analyzer.Benchmarks;

/// <summary>
/// Ten criteria of the shipped pack written by hand in plain C#: the floor the compiled rules are measured against.
/// Each gives what the evaluator gives: not-applicable, not-stated (its <c>requires</c>, conditions included),
/// met or not-met, and its detail when not met. They count no steps. Chosen to cover every kind of rule in the pack:
/// facts with a detail (EF-02, EF-06), a query in the applicability test (EF-17), queries over a list (HO-05),
/// the challenges map (HO-C1), set operations (RH-01, VMG-05), a filtered join (RH-10) and conditional requirements
/// (RH-01, RH-15, VMG-05, VMG-06). A unit test checks that they agree with the pack on every shipped example.
/// </summary>
public static class HandWrittenCriteria
{
    public static readonly (string Id, Func<Proposal, ProposalFacts, HandResult> Judge)[] All =
    [
        ("EF-02", Ef02), ("EF-06", Ef06), ("EF-17", Ef17), ("HO-05", Ho05), ("HO-C1", HoC1),
        ("RH-01", Rh01), ("RH-10", Rh10), ("RH-15", Rh15), ("VMG-05", Vmg05), ("VMG-06", Vmg06),
    ];

    private static readonly HandResult NotApplicable = new(Outcome.NotApplicable);
    private static readonly HandResult NotStated = new(Outcome.NotStated);
    private static readonly HandResult Met = new(Outcome.Met);
    private static readonly HandResult NotMet = new(Outcome.NotMet);

    private static HandResult Judged(bool met) => met ? Met : NotMet;

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static HandResult Ef02(Proposal p, ProposalFacts f)
    {
        if (f.ClaimsPublicAuthority == false)
        {
            return NotApplicable;
        }
        if (f.DemocraticMinimum is null)
        {
            return NotStated;
        }
        return f.DemocraticMinimum == true ? Met : new(Outcome.NotMet, string.Join(", ", f.UntracedAuthority));
    }

    private static HandResult Ef06(Proposal p, ProposalFacts f)
    {
        if (!f.HasAuthorizedOrMandated)
        {
            return NotApplicable;
        }
        if (p.Entities is null || f.ChainComplete is null)
        {
            return NotStated;
        }
        return f.ChainComplete == true ? Met : new(Outcome.NotMet, string.Join(", ", f.ChainGaps));
    }

    private static HandResult Ef17(Proposal p, ProposalFacts f)
    {
        if (p.Decisions is null || !Array.Exists(p.Decisions, d => d.Level == "goal-setting"))
        {
            return NotApplicable;
        }
        if (f.GoalsSetWithoutAuthorization is null)
        {
            return NotStated;
        }
        return f.GoalsSetWithoutAuthorization == false ? Met : new(Outcome.NotMet, string.Join(", ", f.UnauthorizedGoalSetting));
    }

    private static HandResult Ho05(Proposal p, ProposalFacts f)
    {
        if (f.International == false)
        {
            return NotApplicable;
        }
        if (p.Institution?.Functions is not { } functions || f.International is null)
        {
            return NotStated;
        }
        var builds = false;
        var polices = false;
        foreach (var function in functions)
        {
            builds |= function is "develop-frontier-ai" or "distribute-access";
            polices |= function is "monitor-compliance" or "control-inputs";
        }
        return Judged(!(builds && polices));
    }

    private static HandResult HoC1(Proposal p, ProposalFacts f)
    {
        if (f.InstitutionModel != "commission")
        {
            return NotApplicable;
        }
        if (p.Institution?.Challenges is not { } challenges || !challenges.TryGetValue("scientific-uncertainty", out var answer) || Blank(answer))
        {
            return NotStated;
        }
        return Judged(answer != "none");
    }

    private static HandResult Rh01(Proposal p, ProposalFacts f)
    {
        var cooperation = p.Cooperation;
        if (Blank(cooperation?.GapAddressed) || cooperation!.OverlapsWith is not { } overlaps)
        {
            return NotStated;
        }
        if (overlaps.Length > 0 && cooperation.LinkedInstitutions is null)
        {
            return NotStated;
        }
        var linked = cooperation.LinkedInstitutions ?? [];
        return Judged(cooperation.GapAddressed != "none" && Array.TrueForAll(overlaps, o => Array.IndexOf(linked, o) >= 0));
    }

    private static HandResult Rh10(Proposal p, ProposalFacts f)
    {
        if (Blank(p.Instrument?.Addressees) || p.Decisions is not { } decisions || p.Entities is not { } entities
            || Array.Exists(decisions, d => Blank(d.By) || Blank(d.Level)) || Array.Exists(entities, e => Blank(e.Kind)))
        {
            return NotStated;
        }
        if (p.Instrument!.Addressees == "issuer-only")
        {
            return Met;
        }
        foreach (var decision in decisions)
        {
            if (decision.Level == "implementation")
            {
                continue;
            }
            foreach (var entity in entities)
            {
                if (entity.Kind is "private" or "ai-system" && entity.Id == decision.By)
                {
                    return NotMet;
                }
            }
        }
        return Met;
    }

    private static HandResult Rh15(Proposal p, ProposalFacts f)
    {
        var flexibility = p.Cooperation?.Flexibility;
        var revisable = flexibility is not null && Array.Exists(flexibility, x => x is "periodic-review" or "delegated-acts" or "sunset-clause" or "amendment-procedure");
        var cycle = p.Instrument?.ReviewCycleYears;
        var noneAtAll = flexibility is not null && Array.TrueForAll(flexibility, x => x == "none");
        if ((!revisable && !noneAtAll && cycle is null) || (cycle is null && flexibility is null))
        {
            return NotStated;
        }
        return Judged(cycle is not null || revisable);
    }

    private static HandResult Vmg05(Proposal p, ProposalFacts f)
    {
        if (p.Beneficiaries is not { } beneficiaries || p.CostBearers is not { } costBearers || p.Drafters is null)
        {
            return NotStated;
        }
        var benefitsIssuer = p.Issuer is not null && Array.IndexOf(beneficiaries, p.Issuer) >= 0;
        var issuerOnly = p.Instrument is not null && p.Instrument.Addressees == "issuer-only";
        if ((benefitsIssuer && Blank(p.Instrument?.Addressees)) || (issuerOnly && Blank(p.Issuer)))
        {
            return NotStated;
        }
        var shared = Array.Exists(beneficiaries, b => Array.IndexOf(costBearers, b) >= 0);
        return Judged(!shared && !(issuerOnly && Array.IndexOf(beneficiaries, p.Issuer) >= 0));
    }

    private static HandResult Vmg06(Proposal p, ProposalFacts f)
    {
        if (p.Modalities is null || Array.IndexOf(p.Modalities, "ethics-principles") < 0)
        {
            return NotApplicable;
        }
        var binding = p.Council?.BindingAuthority;
        if (binding is null || (binding == true && p.Council!.Independent is null))
        {
            return NotStated;
        }
        return Judged(binding == true && p.Council!.Independent == true);
    }
}

/// <summary>A hand-written criterion's outcome and, when not met, its detail.</summary>
public readonly record struct HandResult(Outcome Outcome, string? Detail = null);

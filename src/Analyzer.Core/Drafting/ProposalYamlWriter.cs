using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Drafting;

/// <summary>
/// Writes a proposal as commented YAML in the format's order: a header saying where the file came from, then one
/// block per section, headed by a comment naming its paper. A field that is null is left out; an empty list is
/// written <c>[]</c>, because it is a statement. The output depends only on the proposal and the language (LF line
/// ends, invariant numbers), so the same answers always give the same bytes.
/// </summary>
public static class ProposalYamlWriter
{
    public static string Write(Proposal p, Language language)
    {
        var file = new YamlLines();
        foreach (var line in DraftWords.Header)
        {
            file.Comment(0, line.In(language));
        }
        file.Text(0, "format", Vocabulary.FormatV1);

        Section(file, DraftQuestions.Identity.Section, language, (y, l) =>
        {
            y.Text(l, "id", p.Id);
            y.Text(l, "title", p.Title);
            y.Text(l, "summary", p.Summary);
            y.Number(l, "year", p.Year);
            y.List(l, "sources", p.Sources);
        });
        Section(file, DraftQuestions.Chain.Section, language, (y, l) =>
        {
            y.Text(l, "direction", p.Direction);
            y.Items(l, "entities", p.Entities, WriteEntity);
            y.Text(l, "issuer", p.Issuer);
            y.Items(l, "decisions", p.Decisions, WriteDecision);
        });
        Section(file, DraftQuestions.Instrument.Section, language, (y, l) => y.Mapping(l, "instrument", (i, m) =>
        {
            var instrument = p.Instrument;
            i.Text(m, "kind", instrument?.Kind);
            i.Bool(m, "aiSpecific", instrument?.AiSpecific);
            i.Text(m, "binding", instrument?.Binding);
            i.Text(m, "addressees", instrument?.Addressees);
            i.Text(m, "territory", instrument?.Territory);
            i.Bool(m, "extraterritorial", instrument?.Extraterritorial);
            i.List(m, "enforcement", instrument?.Enforcement);
            i.Number(m, "reviewCycleYears", instrument?.ReviewCycleYears);
            i.Text(m, "systemScope", instrument?.SystemScope);
            i.Bool(m, "gpaiProviderObligations", instrument?.GpaiProviderObligations);
        }));
        Section(file, DraftQuestions.WhatAndWhy.Section, language, (y, l) =>
        {
            y.List(l, "lifecycle", p.Lifecycle);
            y.List(l, "modalities", p.Modalities);
            y.List(l, "rationales", p.Rationales);
            y.List(l, "beneficiaries", p.Beneficiaries);
            y.List(l, "drafters", p.Drafters);
            y.List(l, "costBearers", p.CostBearers);
            y.Bool(l, "industryFunded", p.IndustryFunded);
            y.Bool(l, "dependsOnDominantFirms", p.DependsOnDominantFirms);
            y.Mapping(l, "negotiation", (n, m) =>
            {
                n.Bool(m, "transparent", p.Negotiation?.Transparent);
                n.List(m, "participants", p.Negotiation?.Participants);
            });
            y.Mapping(l, "council", (c, m) =>
            {
                c.Bool(m, "bindingAuthority", p.Council?.BindingAuthority);
                c.Bool(m, "independent", p.Council?.Independent);
                c.Text(m, "memberSelection", p.Council?.MemberSelection);
                c.Text(m, "scope", p.Council?.Scope);
            });
        });
        Section(file, DraftQuestions.Institution.Section, language, (y, l) => y.Mapping(l, "institution", (i, m) =>
        {
            var institution = p.Institution;
            i.Text(m, "model", institution?.Model);
            i.List(m, "functions", institution?.Functions);
            i.Text(m, "membership", institution?.Membership);
            i.List(m, "participants", institution?.Participants);
            i.List(m, "precedents", institution?.Precedents);
            i.Mapping(m, "challenges", (c, n) =>
            {
                // The format's order, not the dictionary's, so the bytes never depend on how the answers were stored.
                foreach (var key in Vocabulary.Challenges)
                {
                    c.Text(n, key, institution?.Challenges?.GetValueOrDefault(key));
                }
            });
        }));
        Section(file, DraftQuestions.Cooperation.Section, language, (y, l) => y.Mapping(l, "cooperation", (c, m) =>
        {
            var cooperation = p.Cooperation;
            c.Text(m, "pathway", cooperation?.Pathway);
            c.Bool(m, "rivalAgreementNeeded", cooperation?.RivalAgreementNeeded);
            c.Text(m, "decisionRule", cooperation?.DecisionRule);
            c.List(m, "linkedInstitutions", cooperation?.LinkedInstitutions);
            c.List(m, "coordination", cooperation?.Coordination);
            c.List(m, "capacityBuilding", cooperation?.CapacityBuilding);
            c.List(m, "expertBodies", cooperation?.ExpertBodies);
            c.List(m, "levels", cooperation?.Levels);
            c.List(m, "implementation", cooperation?.Implementation);
            c.List(m, "flexibility", cooperation?.Flexibility);
            c.Bool(m, "globalSouthIncluded", cooperation?.GlobalSouthIncluded);
            c.Text(m, "gapAddressed", cooperation?.GapAddressed);
            c.List(m, "overlapsWith", cooperation?.OverlapsWith);
            c.List(m, "spillovers", cooperation?.Spillovers);
        }));
        return string.Join("\n", file.Lines) + "\n";
    }

    /// <summary>A section's fields under a blank line and a comment naming its paper; nothing when none is stated.</summary>
    private static void Section(YamlLines file, DraftSection section, Language language, Action<YamlLines, int> body)
    {
        var fields = new YamlLines();
        body(fields, 0);
        if (fields.IsEmpty)
        {
            return;
        }
        file.Blank();
        file.Comment(0, section.Heading(language));
        file.Add(fields);
    }

    private static void WriteEntity(YamlLines y, int level, Entity e)
    {
        y.Text(level, "id", e.Id);
        y.Text(level, "kind", e.Kind);
        y.Text(level, "name", e.Name);
        y.Text(level, "authorizedBy", e.AuthorizedBy);
        y.Text(level, "authorization", e.Authorization);
        y.List(level, "mandatedBy", e.MandatedBy);
        y.List(level, "accountableTo", e.AccountableTo);
        y.List(level, "revocableBy", e.RevocableBy);
        y.List(level, "transparency", e.Transparency);
    }

    private static void WriteDecision(YamlLines y, int level, Decision d)
    {
        y.Text(level, "id", d.Id);
        y.Text(level, "by", d.By);
        y.Text(level, "level", d.Level);
        y.Text(level, "ai", d.Ai);
    }
}

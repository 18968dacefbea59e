using System.Text.RegularExpressions;
using Analyzer.Core.Diagnostics;
using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>Checks a bound proposal against format v1: required fields, vocabularies, ids and the entity graph.</summary>
public sealed partial class ProposalValidator : AbstractValidator<Proposal>
{
    public ProposalValidator()
    {
        RuleFor(p => p.Format).Must(f => f is null || f == Vocabulary.FormatV1).WithMessage((_, f) => Problems.UnknownFormat(f!));
        RuleFor(p => p.Id).NotEmpty().WithMessage(Problems.Required("id"));
        RuleFor(p => p.Id).Must(BeAnId).When(p => !string.IsNullOrEmpty(p.Id)).WithMessage((_, id) => Problems.BadId("id", id!));
        RuleFor(p => p.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(Problems.Required("title"));
        RuleFor(p => p.Direction).OneOf("direction", Vocabulary.Directions);
        RuleForEach(p => p.Entities).SetValidator(new EntityValidator());
        RuleForEach(p => p.Decisions).SetValidator(new DecisionValidator());
        RuleFor(p => p.Instrument).SetValidator(new InstrumentValidator()!);
        RuleForEach(p => p.Lifecycle).OneOf("lifecycle", Vocabulary.Lifecycle);
        RuleForEach(p => p.Modalities).OneOf("modalities", Vocabulary.Modalities);
        RuleForEach(p => p.Rationales).OneOf("rationales", Vocabulary.Rationales);
        RuleFor(p => p.Institution).SetValidator(new InstitutionValidator()!);
        RuleFor(p => p.Council).SetValidator(new CouncilValidator()!);
        RuleFor(p => p.Cooperation).SetValidator(new CooperationValidator()!);
        RuleFor(p => p).Custom((p, context) => EntityGraphChecks.Check(p, context));
    }

    internal static bool BeAnId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wayfinder.Skills.Apis;
using Wayfinder.Skills.Asking;
using Wayfinder.Skills.Dependencies;
using Wayfinder.Skills.Dependents;
using Wayfinder.Skills.Describe;
using Wayfinder.Skills.Docs;
using Wayfinder.Skills.Help;
using Wayfinder.Skills.Members;
using Wayfinder.Skills.OnCall;
using Wayfinder.Skills.OwnedBy;
using Wayfinder.Skills.Owner;
using Wayfinder.Skills.Parts;
using Wayfinder.Skills.Person;
using Wayfinder.Skills.Placement;
using Wayfinder.Skills.Runbook;
using Wayfinder.Skills.Search;
using Wayfinder.Skills.Tools;

namespace Wayfinder.Skills;

/// <summary>Registers question answering: <see cref="IQuestionAnswerer"/> and one skill per intent. Needs <c>AddCatalog()</c>.</summary>
public static class SkillsSetup
{
    public static IServiceCollection AddSkills(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IQuestionAnswerer, QuestionAnswerer>();
        services.TryAddSingleton<IOnCallRoster, UnconfiguredOnCallRoster>();
        services.TryAddEnumerable([
            ServiceDescriptor.Singleton<ISkill, OwnerSkill>(),
            ServiceDescriptor.Singleton<ISkill, MembersSkill>(),
            ServiceDescriptor.Singleton<ISkill, OwnedBySkill>(),
            ServiceDescriptor.Singleton<ISkill, DescribeSkill>(),
            ServiceDescriptor.Singleton<ISkill, DocsSkill>(),
            ServiceDescriptor.Singleton<ISkill, RunbookSkill>(),
            ServiceDescriptor.Singleton<ISkill, OnCallSkill>(),
            ServiceDescriptor.Singleton<ISkill, DependenciesSkill>(),
            ServiceDescriptor.Singleton<ISkill, DependentsSkill>(),
            ServiceDescriptor.Singleton<ISkill, ApisSkill>(),
            ServiceDescriptor.Singleton<ISkill, PartsSkill>(),
            ServiceDescriptor.Singleton<ISkill, PlacementSkill>(),
            ServiceDescriptor.Singleton<ISkill, PersonSkill>(),
            ServiceDescriptor.Singleton<ISkill, ToolsSkill>(),
            ServiceDescriptor.Singleton<ISkill, HelpSkill>(),
            ServiceDescriptor.Singleton<ISkill, SearchSkill>(),
        ]);
        return services;
    }
}

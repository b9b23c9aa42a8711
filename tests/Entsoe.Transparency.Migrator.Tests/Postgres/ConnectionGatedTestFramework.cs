using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Entsoe.Transparency.Migrator.Tests.Postgres.ConnectionGatedTestFramework", "Entsoe.Transparency.Migrator.Tests")]

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>
/// xunit's own framework, except that tests of a class marked <see cref="RequiresConnectionAttribute"/> are reported
/// skipped (naming the variable) when their database is not configured. Every other test is discovered unchanged.
/// </summary>
public sealed class ConnectionGatedTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var requirement = testMethod.TestClass.Class.ToRuntimeType()?.GetCustomAttribute<RequiresConnectionAttribute>(inherit: true);
            var isTest = testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
            if (requirement is null || !isTest)
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var reason = RequiresConnectionAttribute.SkipReason(
                requirement.Variable,
                requirement.RequiredInCi,
                Environment.GetEnvironmentVariable(requirement.Variable),
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase));
            if (reason is null)
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}

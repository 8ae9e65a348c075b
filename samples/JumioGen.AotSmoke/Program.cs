using System;
using System.Globalization;
using JumioGen;
using JumioGen.AotSmoke;

// With JUMIO_SMOKE_BASE_ADDRESS (e.g. a FakeJumio) set: create an account (standard operation) and read its status
// (custom operation). Without it: only build the client, which already exercises registration and options.
var baseAddress = Environment.GetEnvironmentVariable("JUMIO_SMOKE_BASE_ADDRESS");
var options = new JumioClientOptions
{
    ClientId = Environment.GetEnvironmentVariable("JUMIO_SMOKE_CLIENT_ID") ?? "smoke-client",
    ClientSecret = Environment.GetEnvironmentVariable("JUMIO_SMOKE_CLIENT_SECRET") ?? "smoke-secret",
    UserAgent = "JumioGen AotSmoke/1.0",
};
if (baseAddress is null)
{
    _ = JumioClient.Create<ISmokeJumio>(options);
    Console.WriteLine("client created");
    return 0;
}

options.Endpoints = JumioEndpoints.SingleHost(new Uri(baseAddress));
var jumio = JumioClient.Create<ISmokeJumio>(options);
var account = await jumio.CreateAccountAsync(new AccountRequest
{
    CustomerInternalReference = "aot-smoke",
    WorkflowDefinition = new WorkflowDefinition { Key = 10011 },
}).ConfigureAwait(false);
var status = await jumio.TryGetStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!).ConfigureAwait(false);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"transactions={account.Transactions.Count} status={status.Content?.WorkflowExecution?.Status} ok={status.IsSuccess}"));
return status.IsSuccess ? 0 : 1;

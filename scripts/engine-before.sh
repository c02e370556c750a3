#!/usr/bin/env bash
# Builds the simulator of an earlier commit as its own assembly, Lovkode.Simulation.Before, for
# the side-by-side engine benchmark (docs/benchmarks.md, "Engine before and after issue 12").
# Usage, from the repository root:
#
#   scripts/engine-before.sh COMMIT
#
# The commit's src/Lovkode.Simulation is extracted under artifacts/engine-before/COMMIT (git
# archive; nothing of the working tree changes) and compiled against today's Lovkode.Runtime,
# which the engines share (the benchmark checks the runtime contract is the same: the build fails
# if the old engine no longer compiles against it), and against today's version of every other
# project the commit's simulator referenced (Lovkode.Uncertainty since issue 13). Prints the path
# of the assembly; pass it to the benchmark as -p:EngineBefore=PATH (the engine before issue 12,
# EngineComparisonBenchmarks) or -p:SimulatorBefore=PATH (a generic engine, e.g. ae7d349 before
# issue 19, SimulatorComparisonBenchmarks).
set -euo pipefail

commit="${1:?give the commit of the engine to compare with, e.g. bdc9c8f}"
root="$(cd "$(dirname "$0")/.." && pwd)"
full="$(git -C "$root" rev-parse --verify "$commit^{commit}")"
dir="$root/artifacts/engine-before/${full:0:12}"

rm -rf "$dir"
mkdir -p "$dir"
git -C "$root" archive "$full" src/Lovkode.Simulation | tar -x -C "$dir" --strip-components=1
# The commit's own project references, repointed at today's projects of the same name.
references=""
for name in $(git -C "$root" show "$full:src/Lovkode.Simulation/Lovkode.Simulation.csproj" \
    | sed -n 's|.*ProjectReference Include="\.\.[\\/]\([A-Za-z.]*\)[\\/].*|\1|p'); do
  references="$references    <ProjectReference Include=\"$root/src/$name/$name.csproj\" />
"
done
rm -f "$dir"/Lovkode.Simulation/*.csproj
cat > "$dir/Lovkode.Simulation/Lovkode.Simulation.Before.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <!-- The simulator of $full, under another assembly name so that it loads beside today's. -->
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <AssemblyName>Lovkode.Simulation.Before</AssemblyName>
    <RootNamespace>Lovkode.Simulation</RootNamespace>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
$references    <PackageReference Include="Bogus" />
    <InternalsVisibleTo Include="Lovkode.Benchmarks" />
  </ItemGroup>
</Project>
PROJECT
dotnet build "$dir/Lovkode.Simulation/Lovkode.Simulation.Before.csproj" -c Release -o "$dir/bin" -nologo -v quiet >&2
echo "$dir/bin/Lovkode.Simulation.Before.dll"

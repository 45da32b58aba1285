# Builds the Windows installer of Live Studio with jpackage from JDK 25, from the project root's jpackage.cfg.
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-Type msi|exe|app-image] [-NoBuild]
# msi and exe need the WiX Toolset (v3: candle.exe and light.exe; v4 or later: wix.exe) on the PATH.
# Output: target\installers\. Not signed yet.
param(
    [ValidateSet('msi', 'exe', 'app-image')] [string] $Type = 'msi',
    [switch] $NoBuild
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $root

function Get-JavaFeature([string] $java) {
    $settings = & $java -XshowSettings:properties -version 2>&1 | ForEach-Object { "$_" }
    $line = $settings | Where-Object { $_ -match '^\s*java\.specification\.version\s*=\s*(\d+)' } | Select-Object -First 1
    if ($line -and $line -match '=\s*(\d+)') { return [int]$Matches[1] }
    return 0
}

# A JDK 25 with jpackage: JAVA_HOME if it qualifies, else the usual install places.
$candidates = @()
if ($env:JAVA_HOME) { $candidates += $env:JAVA_HOME }
foreach ($pattern in @("$env:ProgramFiles\Eclipse Adoptium\jdk-25*", "$env:ProgramFiles\Java\jdk-25*", "$env:ProgramFiles\Microsoft\jdk-25*")) {
    $candidates += @(Get-ChildItem -Path $pattern -Directory -ErrorAction SilentlyContinue | ForEach-Object { $_.FullName })
}
$jdk = $null
foreach ($candidate in $candidates) {
    $java = Join-Path $candidate 'bin\java.exe'
    if ((Test-Path (Join-Path $candidate 'bin\jpackage.exe')) -and (Test-Path $java) -and ((Get-JavaFeature $java) -ge 25)) {
        $jdk = $candidate; break
    }
}
if (-not $jdk) {
    throw 'No JDK 25 with jpackage found. Install one (winget install EclipseAdoptium.Temurin.25.JDK) and set JAVA_HOME to it.'
}
$env:JAVA_HOME = $jdk
$jpackage = Join-Path $jdk 'bin\jpackage.exe'

if ($Type -ne 'app-image') {
    $wix3 = (Get-Command candle.exe -ErrorAction SilentlyContinue) -and (Get-Command light.exe -ErrorAction SilentlyContinue)
    $wix4 = Get-Command wix.exe -ErrorAction SilentlyContinue
    if (-not ($wix3 -or $wix4)) {
        throw "jpackage needs the WiX Toolset for $Type (https://wixtoolset.org; e.g. dotnet tool install --global wix). Or use -Type app-image."
    }
}

# The version: the pom's project version without its qualifier (0.1.0-SNAPSHOT -> 0.1.0).
[xml] $pom = Get-Content -Raw (Join-Path $root 'pom.xml')
$pomVersion = $pom.project.version
if (-not $pomVersion) { throw 'Cannot read the project version from pom.xml' }
$appVersion = ($pomVersion -split '-')[0]

if (-not $NoBuild) {
    & (Join-Path $root 'mvnw.cmd') -B -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw "Maven failed with exit code $LASTEXITCODE" }
}
if (-not (Test-Path 'target\studio\lib\studio.jar')) { throw 'target\studio is missing: run without -NoBuild' }

$dest = 'target\installers'
New-Item -ItemType Directory -Force -Path $dest | Out-Null
$cfg = 'jpackage.cfg'
if ($Type -eq 'app-image') {
    # --license-file is only valid for installers.
    $cfg = 'target\jpackage-app-image.cfg'
    Get-Content 'jpackage.cfg' | Where-Object { $_ -notmatch '^--license-file' } | Set-Content -Encoding ascii $cfg
}

$extra = @('--icon', 'assets\icons\studio.ico')
if ($Type -ne 'app-image') {
    # A fixed upgrade code lets a newer installer replace an older one.
    $extra += @('--win-menu', '--win-menu-group', 'Live Studio', '--win-shortcut', '--win-dir-chooser',
                '--win-upgrade-uuid', '6f3c2a4e-9b1d-4c57-8e2a-5d7b0c1f9a34')
}

Write-Host "build.ps1: jpackage $(& $jpackage --version), type $Type, version $appVersion (pom $pomVersion)"
& $jpackage "@$cfg" --type $Type --app-version $appVersion --dest $dest @extra
if ($LASTEXITCODE -ne 0) { throw "jpackage failed with exit code $LASTEXITCODE" }
Get-ChildItem $dest

# Builds Live Studio's Windows application image and .msi installer with jpackage from JDK 25 (run from anywhere):
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-Type msi|app-image] [-PerUserInstall] [-NoBuild]
# -Type msi (the default): the app image, then the .msi made from it; -Type app-image: the app image only.
# -PerUserInstall makes an .msi that installs for the current user only
# (into %LOCALAPPDATA%, no administrator rights); the default installs for all users into Program Files. -NoBuild uses
# target\studio as it is instead of running `mvnw package` first.
# Output: "target\installer\image\Live Studio\" (the app image), "target\installer\Live Studio-VERSION.msi".
# The .msi needs the WiX Toolset 5 or 6 (or 3) on the PATH; the script says how to install what is missing.
# Options: jpackage.cfg, installers\app-image.cfg, installers\package.cfg and the Windows ones below, in step with
# installers\linux\build.sh and installers\macos\build.sh; docs\installers.md says what the installer does.
param(
    [ValidateSet('app-image', 'msi')] [string] $Type = 'msi',
    [switch] $PerUserInstall,
    [switch] $NoBuild
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $root
$script = 'installers\windows\build.ps1'

function Fail([string] $message) {
    Write-Error "${script}: $message" -ErrorAction Continue
    exit 1
}

# Runs a native command and stops when it fails (PowerShell 5 does not do this by itself).
function Invoke-Checked([string] $command, [string[]] $arguments) {
    & $command @arguments
    if ($LASTEXITCODE -ne 0) { Fail "$([IO.Path]::GetFileName($command)) failed with exit code $LASTEXITCODE" }
}

if ($env:OS -ne 'Windows_NT') { Fail 'this script builds Windows installers and runs on Windows only' }
if ($env:PROCESSOR_ARCHITECTURE -ne 'AMD64') {
    Fail "no installer for $($env:PROCESSOR_ARCHITECTURE): the studio's FFmpeg natives are built for x86-64 Windows"
}

# --- Tools: a JDK 25 with jpackage and jlink (JAVA_HOME when it qualifies, else the usual install places) ---------
function Get-JavaFeature([string] $java) {
    $settings = & $java -XshowSettings:properties -version 2>&1 | ForEach-Object { "$_" }
    $line = $settings | Where-Object { $_ -match '^\s*java\.specification\.version\s*=\s*(\d+)' } | Select-Object -First 1
    if ($line -and $line -match '=\s*(\d+)') { return [int]$Matches[1] }
    return 0
}

$candidates = @()
if ($env:JAVA_HOME) { $candidates += $env:JAVA_HOME }
foreach ($pattern in @("$env:ProgramFiles\Eclipse Adoptium\jdk-25*", "$env:ProgramFiles\Java\jdk-25*", "$env:ProgramFiles\Microsoft\jdk-25*")) {
    $candidates += @(Get-ChildItem -Path $pattern -Directory -ErrorAction SilentlyContinue | ForEach-Object { $_.FullName })
}
$jdk = $null
foreach ($candidate in $candidates) {
    $java = Join-Path $candidate 'bin\java.exe'
    if ((Test-Path (Join-Path $candidate 'bin\jpackage.exe')) -and (Test-Path (Join-Path $candidate 'bin\jlink.exe')) -and
        (Test-Path $java) -and ((Get-JavaFeature $java) -ge 25)) {
        $jdk = $candidate
        break
    }
}
if (-not $jdk) {
    Fail 'no JDK 25 with jpackage found: install one (winget install EclipseAdoptium.Temurin.25.JDK) and set JAVA_HOME to it'
}
$env:JAVA_HOME = $jdk
$jpackage = Join-Path $jdk 'bin\jpackage.exe'

# --- Tools: the WiX Toolset for the .msi. JDK 25's jpackage runs `wix build` with the Util and UI extensions (WiX 4
# or later, which must be installed globally in the same version as wix itself), or candle and light (WiX 3). ------
function Assert-Wix {
    $advice = 'install the .NET SDK, then: dotnet tool install --global wix --version 5.0.2; ' +
              'wix extension add -g WixToolset.Util.wixext/5.0.2; wix extension add -g WixToolset.UI.wixext/5.0.2'
    $wix = Get-Command wix.exe -ErrorAction SilentlyContinue
    $wixPath = $null
    if ($wix) { $wixPath = $wix.Source }
    elseif (Test-Path "$env:USERPROFILE\.dotnet\tools\wix.exe") { $wixPath = "$env:USERPROFILE\.dotnet\tools\wix.exe" }
    if ($wixPath) {
        $version = ((& $wixPath --version) | Select-Object -First 1).Trim() -replace '\+.*$', ''
        $major = [int](($version -split '\.')[0])
        if ($major -lt 4) { Fail "wix $version is too old for jpackage (4.0.4 or later): $advice" }
        $extensions = (& $wixPath extension list -g 2>&1 | Out-String)
        foreach ($extension in @('WixToolset.Util.wixext', 'WixToolset.UI.wixext')) {
            if ($extensions -notmatch ([regex]::Escape($extension) + '\s+' + [regex]::Escape($version) + '(?!\S)') -or
                $extensions -match ([regex]::Escape($extension) + '\s+\S+\s+\(damaged\)')) {
                Fail "the WiX extension $extension $version is missing: wix extension add -g $extension/$version"
            }
        }
        Write-Host "${script}: WiX $version"
        return
    }
    if ((Get-Command candle.exe -ErrorAction SilentlyContinue) -and (Get-Command light.exe -ErrorAction SilentlyContinue)) {
        Write-Warning "${script}: using WiX 3 (candle, light); WiX 5 is preferred: $advice"
        return
    }
    Fail "the WiX Toolset is needed for the .msi: $advice (or build -Type app-image only)"
}
if ($Type -eq 'msi') { Assert-Wix }

# --- The version: the pom's project version without its qualifier (0.1.0-SNAPSHOT -> 0.1.0). An MSI version is
# MAJOR.MINOR.BUILD with at most 255.255.65535, and only a higher one upgrades an installed studio in place. ------------
[xml] $pom = Get-Content -Raw (Join-Path $root 'pom.xml')
$pomVersion = $pom.project.version
if (-not $pomVersion) { Fail 'cannot read the project version from pom.xml' }
$appVersion = ($pomVersion -split '-')[0]
if ($appVersion -notmatch '^(\d+)(\.(\d+))?(\.(\d+))?$' -or [int]$Matches[1] -gt 255 -or
    ($Matches[3] -and [int]$Matches[3] -gt 255) -or ($Matches[5] -and [int]$Matches[5] -gt 65535)) {
    Fail "pom.xml version '$pomVersion' is not an MSI version (MAJOR.MINOR.BUILD, at most 255.255.65535)"
}

# --- The distribution, and only this platform's natives from it --------------------------------------------------
if (-not $NoBuild) { Invoke-Checked (Join-Path $root 'mvnw.cmd') @('-B', '-q', '-DskipTests', 'package') }
if (-not (Test-Path 'target\studio\lib\studio.jar')) { Fail 'target\studio is missing: run without -NoBuild' }

# The pom's OS profile chooses the natives (windows-x86_64 for JavaCPP and FFmpeg, -win for JavaFX); a jar for
# another platform would only fail on the host's machine.
$foreign = @(Get-ChildItem -Path 'target\studio\lib\*.jar', 'target\studio\lib\javafx\*.jar' | Where-Object {
    ($_.Name -match '-(linux|macosx|android|ios)-') -or ($_.Name -match '-windows-' -and $_.Name -notmatch '-windows-x86_64') -or
    ($_.Name -match '^javafx-' -and $_.Name -notmatch '-win\.jar$')
} | ForEach-Object { $_.Name })
if ($foreign.Count -gt 0) {
    Fail "target\studio\lib holds natives for another platform than windows-x86_64: $($foreign -join ', ') (the pom's OS profiles choose them)"
}

# The input of the app image: the jars (without JavaFX, which jlink links into the runtime) and assets\.
$dest = 'target\installer'
$stage = Join-Path $dest 'input'
Remove-Item -Recurse -Force $stage -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force -Path $stage | Out-Null
Copy-Item 'target\studio\lib\*.jar' $stage
Copy-Item -Recurse 'target\studio\assets' (Join-Path $stage 'assets')

$name = 'Live Studio'
$image = Join-Path $dest "image\$name"
Write-Host "${script}: jpackage $(& $jpackage --version), version $appVersion (pom $pomVersion), natives windows-x86_64, type $Type"

# --- 1. The application image: the jlink'ed runtime, the jars and assets, "Live Studio.exe" (a window application:
# no console window opens) and studio-console.exe for the command line. -------------------------------------------
Remove-Item -Recurse -Force (Join-Path $dest 'image') -ErrorAction SilentlyContinue
$watch = [Diagnostics.Stopwatch]::StartNew()
Invoke-Checked $jpackage @('@jpackage.cfg', '@installers\app-image.cfg', '--type', 'app-image', '--app-version', $appVersion,
    '--icon', 'assets\icons\studio.ico', '--add-launcher', 'studio-console=installers\windows\studio-console.properties',
    '--dest', (Join-Path $dest 'image'))
Write-Host "${script}: app-image in $([int]$watch.Elapsed.TotalSeconds) s"

# --- 2. The .msi from that image: Start-menu entry and desktop shortcut (the user may decline it), a choice of
# folder, and a fixed upgrade code, so that installing a newer version replaces the older one in place. -----------
if ($Type -eq 'msi') {
    $watch.Restart()
    Remove-Item -Force (Join-Path $dest "$name-$appVersion.msi") -ErrorAction SilentlyContinue
    $msi = @('--type', 'msi', '@jpackage.cfg', '@installers\package.cfg', '--app-version', $appVersion, '--app-image', $image,
        '--win-menu', '--win-menu-group', $name, '--win-shortcut', '--win-shortcut-prompt', '--win-dir-chooser',
        '--win-upgrade-uuid', '6f3c2a4e-9b1d-4c57-8e2a-5d7b0c1f9a34', '--dest', $dest)
    if ($PerUserInstall) { $msi += '--win-per-user-install' }
    Invoke-Checked $jpackage $msi
    Write-Host "${script}: msi in $([int]$watch.Elapsed.TotalSeconds) s"
}

Write-Host "${script}: built in ${dest}:"
Get-ChildItem $dest -Filter '*.msi' | Format-Table Name, Length, LastWriteTime

@echo off
rem Live Studio launcher for Windows. Finds a Java 25 runtime (JDK or JRE), then runs the studio with JavaFX on
rem the module path and everything else on the class path. Arguments are passed through: studio --help
rem Environment: JAVA_HOME (used when it is Java 25 or newer), STUDIO_JAVA (a java.exe to use as is),
rem STUDIO_OPTS (extra JVM options).
rem Delayed expansion stays off here so that "!" in arguments (stream keys, titles) reaches the studio intact.
setlocal EnableExtensions DisableDelayedExpansion

set "APP_HOME=%~dp0.."
for %%I in ("%APP_HOME%") do set "APP_HOME=%%~fI"
set "LIB=%APP_HOME%\lib"
set "REQUIRED=25"
set "JAVACMD="

if defined STUDIO_JAVA set "JAVACMD=%STUDIO_JAVA%"
if defined JAVACMD goto run
if defined JAVA_HOME call :check "%JAVA_HOME%\bin\java.exe"
if defined JAVACMD goto run
for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-25*" "%ProgramFiles%\Eclipse Adoptium\jre-25*" "%ProgramFiles%\Java\jdk-25*" "%ProgramFiles%\Microsoft\jdk-25*") do if not defined JAVACMD call :check "%%~fD\bin\java.exe"
if defined JAVACMD goto run
for /f "delims=" %%J in ('where java.exe 2^>nul') do if not defined JAVACMD call :check "%%~fJ"
if defined JAVACMD goto run

echo studio: no Java %REQUIRED% found. Install a JDK or JRE %REQUIRED% (https://adoptium.net/temurin/releases/?version=25 1>&2
echo or: winget install EclipseAdoptium.Temurin.25.JDK) and set JAVA_HOME to it. 1>&2
exit /b 1

:run
"%JAVACMD%" --enable-native-access=ALL-UNNAMED,javafx.graphics --module-path "%LIB%\javafx" --add-modules javafx.controls "-Dstudio.home=%APP_HOME%" %STUDIO_OPTS% -cp "%LIB%\*" live.studio.app.Main %*
exit /b %ERRORLEVEL%

rem Sets JAVACMD to %1 when that java reports a specification version of at least %REQUIRED%.
:check
if not exist "%~1" exit /b 0
set "STUDIO_TRY=%~1"
set "FEATURE="
setlocal EnableDelayedExpansion
for /f "tokens=2 delims==" %%V in ('""!STUDIO_TRY!" -XshowSettings:properties -version 2>&1 | findstr java.specification.version"') do set "FEATURE=%%V"
endlocal & set "FEATURE=%FEATURE%"
if not defined FEATURE exit /b 0
set "FEATURE=%FEATURE: =%"
for /f "delims=." %%M in ("%FEATURE%") do set "FEATURE=%%M"
if %FEATURE% GEQ %REQUIRED% set "JAVACMD=%~1"
exit /b 0

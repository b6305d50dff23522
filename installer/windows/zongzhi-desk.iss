; 综治工作台 Zongzhi Desk — Windows installer (Inno Setup 6.3 or later).
;
; Packs the PyInstaller folder build\pyinstaller\dist\zongzhi-desk (see README.md next to this file):
;   iscc /DAppVersion=0.1.0 installer\windows\zongzhi-desk.iss
; Output: dist\zongzhi-desk-<version>-setup.exe
;
; Per-machine install to {autopf}\ZongzhiDesk (Program Files), Start-menu shortcuts, an optional desktop
; shortcut, an uninstaller. User data lives in each user's %LOCALAPPDATA%\zongzhi-desk (platformdirs
; user_data_path("zongzhi-desk", appauthor=False)); this installer never writes or deletes anything there,
; so uninstalling or upgrading keeps every user's database, backups, config and logs.
;
; Languages: Simplified Chinese if ChineseSimplified.isl is found (it is an unofficial translation:
; https://jrsoftware.org/files/istrans/ — put it next to this script or in Inno Setup's Languages
; folder), and English. Without it the installer is English only.
; This file is UTF-8 (with a BOM, so older Inno Setup 6 versions read it as UTF-8 too).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "综治工作台"
#define AppNameEn "Zongzhi Desk"
#define AppExe "zongzhi-desk.exe"
#define DebugExe "zongzhi-desk-debug.exe"
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\build\pyinstaller\dist\zongzhi-desk"
#endif

#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
#endif
#ifndef ChineseIsl
  #pragma message "ChineseSimplified.isl not found: building an English-only installer"
#endif

#if !FileExists(BundleDir + "\" + AppExe)
  #error No PyInstaller bundle (zongzhi-desk.exe) in BundleDir: first run  python -m PyInstaller installer\zongzhi-desk.spec
#endif

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6E0C7A52-3B9D-4F1E-9C57-2A8D4B1F7E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppNameEn}
DefaultDirName={autopf}\ZongzhiDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.9 needs Windows 10 1809 or later
MinVersion=10.0.17763
OutputDir={#SourcePath}..\..\dist
OutputBaseFilename=zongzhi-desk-{#AppVersion}-setup
SetupIconFile={#SourcePath}zongzhi-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppNameEn}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppNameEn}
VersionInfoDescription={#AppNameEn} installer

[Languages]
#ifdef ChineseIsl
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.SelfTest=Self-test (for IT staff)
english.DataKept=User data has been kept in each user's folder %LOCALAPPDATA%\zongzhi-desk (database, backups, settings, logs). Delete it by hand only if it is really no longer needed.
#ifdef ChineseIsl
chinesesimplified.SelfTest=自检（IT 人员使用）
chinesesimplified.DataKept=各用户的数据仍保留在 %LOCALAPPDATA%\zongzhi-desk（数据库、备份、设置、日志）。确实不再需要时，请手动删除。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole PyInstaller folder: the two programs and _internal\ (Python, Qt, resources, migrations)
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the program folder's runtime completely (no stale modules or migrations)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{#AppNameEn}"
Name: "{group}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k """"{app}\{#DebugExe}"" --self-test"""; WorkingDir: "{app}"; IconFilename: "{app}\{#DebugExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the programs may have written inside their own folder; never the users' data folders
Type: filesandordirs; Name: "{app}\_internal\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\migrations\versions\__pycache__"
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;

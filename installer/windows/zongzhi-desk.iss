; 综治工作台 Zongzhi Desk — Windows installer (Inno Setup 6.5 or later: ChineseSimplified.isl is its 6.5 one).
;
; Packs the PyInstaller folder build\pyinstaller\dist\zongzhi-desk (see README.md next to this file):
;   iscc /DAppVersion=0.1.0 installer\windows\zongzhi-desk.iss
; Output: dist\zongzhi-desk-<version>-setup.exe
;
; Per machine: the program in {autopf}\ZongzhiDesk (Program Files), and ONE data folder for every Windows
; user of the PC, C:\ProgramData\ZongzhiDesk (database, backups, config, logs), writable by all users. The
; installer writes its path to {app}\data-folder.txt; the program reads it (desktop/paths.py). Upgrading
; (the same AppId) replaces the program and never touches the data; uninstalling leaves the data folder.
;
; Silent install for IT (software distribution):
;   zongzhi-desk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\zongzhi-setup.log"
; Checked on Linux by installer/windows/check_iss.py (a syntax check); compiled on a Windows runner by
; .github/workflows/release-windows.yml. This file is UTF-8 with a BOM.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; the numeric form for the file's version resource (AppVersion may be 0.2.0~rc1; pass /DVersionNum=0.2.0.1)
#ifndef VersionNum
  #define VersionNum AppVersion
#endif
#define AppName "综治工作台"
#define AppNameEn "Zongzhi Desk"
#define AppExe "zongzhi-desk.exe"
#define DebugExe "zongzhi-desk-debug.exe"
#define DataFolder "{commonappdata}\ZongzhiDesk"
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\build\pyinstaller\dist\zongzhi-desk"
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
DisableDirPage=auto
UsePreviousAppDir=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.9 needs Windows 10 1809 (build 17763) or later; the message below says so in words
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
; a running copy is closed before its files are replaced (and the user asked first, unless silent)
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
VersionInfoVersion={#VersionNum}
VersionInfoProductName={#AppNameEn}
VersionInfoDescription={#AppNameEn} installer

[Languages]
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
chinesesimplified.WinVersionTooLowError=综治工作台需要 Windows 10 1809 版（内部版本 17763）或更新的 Windows 10 / 11。这台电脑的 Windows 太旧，请先升级 Windows。
english.WinVersionTooLowError=Zongzhi Desk needs Windows 10 version 1809 (build 17763) or later, or Windows 11. Update Windows on this PC first.

[CustomMessages]
chinesesimplified.SelfTest=自检（IT 人员使用）
chinesesimplified.DataKept=数据仍保留在 %1（数据库、备份、设置、日志），重新安装后可继续使用。确实不再需要时，请按本中心的保存规定手动删除。
english.SelfTest=Self-test (for IT staff)
english.DataKept=The data has been kept in %1 (database, backups, settings, logs) and is used again after a new installation. Delete it by hand only when it is really no longer needed, following the centre's retention rules.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Dirs]
; one data folder for every user of the PC; modify rights for the Users group; never removed
Name: "{#DataFolder}"; Permissions: users-modify; Flags: uninsneveruninstall

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
; only what the installer or the programs wrote inside their own folder; never the data folder
Type: files; Name: "{app}\data-folder.txt"
Type: filesandordirs; Name: "{app}\_internal\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\migrations\versions\__pycache__"
Type: dirifempty; Name: "{app}"

[Code]
procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    { the program reads this to use the per-machine data folder (desktop/paths.py: MACHINE_DATA_MARKER) }
    if not SaveStringToFile(ExpandConstant('{app}\data-folder.txt'), ExpandConstant('{#DataFolder}'), False) then
      MsgBox('Cannot write ' + ExpandConstant('{app}\data-folder.txt'), mbError, MB_OK);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{#DataFolder}')]), mbInformation, MB_OK);
end;

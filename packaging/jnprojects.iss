; Inno Setup 6 script: installs the one-folder build (dist\jnprojects) with a Start-menu shortcut.
; Saved as UTF-8 with a byte-order mark, as Inno Setup needs for the Chinese names.
; Build after `pyinstaller packaging\jnprojects.spec`, from the checkout root:
;   ISCC.exe /DAppVersion=0.1.0 packaging\jnprojects.iss      -> dist\jnprojects-<version>-setup.exe
; The user's data folder (%LOCALAPPDATA%\jnprojects) is never touched, also not on uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B0E3F2A-4C1D-4E8B-9A57-0D2C5B7E9F13}
AppName=济宁市新型城镇化重点项目推进管理
AppVersion={#AppVersion}
AppPublisher=jnprojects
DefaultDirName={autopf}\jnprojects
DefaultGroupName=济宁市重点项目推进管理
DisableProgramGroupPage=yes
; per-machine with admin rights, per-user (no admin) otherwise
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\jnprojects.ico
UninstallDisplayIcon={app}\jnprojects.exe
OutputDir=..\dist
OutputBaseFilename=jnprojects-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\jnprojects\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\济宁市重点项目推进管理"; Filename: "{app}\jnprojects.exe"
Name: "{group}\{cm:UninstallProgram,jnprojects}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\济宁市重点项目推进管理"; Filename: "{app}\jnprojects.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\jnprojects.exe"; Description: "{cm:LaunchProgram,jnprojects}"; Flags: nowait postinstall skipifsilent

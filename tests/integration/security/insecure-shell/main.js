// A deliberately insecure shell: the gate must reject it (see electronegativity.test.ts).
import { app, BrowserWindow } from 'electron'

app.whenReady().then(() => {
  const window = new BrowserWindow({
    webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true },
  })
  window.loadFile('index.html')
})

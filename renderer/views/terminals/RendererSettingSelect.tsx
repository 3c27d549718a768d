import { useStore } from 'zustand';
import { useServices } from '../../app/servicesContext';
import { selectTerminalRenderer } from '../../state/settingsStore';

/** The terminal renderer choice: WebGL where it works, or the DOM renderer always (remote desktops, odd GPUs). */
export function RendererSettingSelect() {
  const { settings } = useServices();
  const renderer = useStore(settings, selectTerminalRenderer);
  return (
    <label className="renderer-setting">
      Renderer
      <select
        value={renderer}
        onChange={(event) =>
          settings.getState().setTerminalRenderer(event.target.value === 'dom' ? 'dom' : 'auto')
        }
      >
        <option value="auto">Auto (WebGL with a GPU)</option>
        <option value="dom">DOM</option>
      </select>
    </label>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, createTheme } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/vi';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './app.css';
import { App } from './App';
import { installVietnameseErrors } from '../../shared/zod-vi';

// Every form's schema messages in Vietnamese, before the first form is validated.
installVietnameseErrors();

const theme = createTheme({
  primaryColor: 'red',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
        <App />
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);

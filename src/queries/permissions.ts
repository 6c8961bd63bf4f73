export { useApplicationPermissions } from './context';
